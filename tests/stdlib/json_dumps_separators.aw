# separators, alone and with indent
import json

d = {"a": [1, 2], "b": 3}
print(json.dumps(d, separators=(",", ":")))
print(json.dumps(d, separators=(" , ", " = ")))
print(json.dumps(d, indent=2, separators=(",", ": ")))
print(json.dumps(d, indent=1, separators=[";", "->"]))
print(json.dumps(d, indent=None, separators=None))
try:
    json.dumps(d, separators=(",",))
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps(d, separators=(1, 2))
except TypeError as e:
    print("TypeError:", e)
