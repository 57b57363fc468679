# json.JSONEncoder: subclasses override default(); dumps(cls=...)
import json

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

print(json.dumps({"s": {3, 1}}, cls=SetEncoder))
print(json.dumps({"s": {3, 1}, "b": [1]}, cls=SetEncoder, indent=2, sort_keys=True))
try:
    json.dumps({"x": object()}, cls=SetEncoder)
except TypeError as e:
    print("TypeError:", e)
print(json.JSONEncoder().encode([1, "a"]), json.JSONEncoder(indent=1).encode([1]))
print(json.JSONEncoder(separators=(",", ":")).encode({"a": 1}))
print("".join(json.JSONEncoder().iterencode({"a": 1})))

