# indent as an int, a str, zero and negative; the default separators change
import json

data = {"name": "x", "list": [1, [2, 3], {}], "empty": [], "obj": {"a": {"b": None}}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="--"))
print(json.dumps([1, 2], indent=0))
print(json.dumps([1, [2]], indent=-1))
print(json.dumps({"a": 1}, indent="\t"))
print(json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps([1, 2], indent=True))
try:
    json.dumps([1], indent=2.5)
except TypeError as e:
    print("TypeError:", e)
