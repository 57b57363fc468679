# sort_keys sorts the items, so mixed key types cannot be compared
import json

d = {"b": 1, "a": {"z": 1, "y": 2}, "c": [{"q": 1, "p": 2}]}
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, sort_keys=True, indent=1))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
print(json.dumps({"b": 1, "a": 2}, sort_keys=False))
try:
    json.dumps({1: "x", "a": "y"}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
