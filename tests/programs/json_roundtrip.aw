# A JSON round trip of nested data: dumps with indent, sort_keys,
# separators and default for custom objects; loads back and compares.
import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def to_json(self):
        return {"__point__": [self.x, self.y]}

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def encode(obj):
    if hasattr(obj, "to_json"):
        return obj.to_json()
    if isinstance(obj, (set, frozenset)):
        return sorted(obj)
    raise TypeError(f"cannot encode {type(obj).__name__}")


def decode_hook(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


data = {
    "name": "survey",
    "version": 3,
    "ratio": 0.25,
    "active": True,
    "owner": None,
    "tags": ["a", "b", "ü"],
    "nested": {"z": [1, [2, [3, {}]]], "a": {"deep": {"er": []}}},
    "points": [Point(1, 2), Point(-3, 4)],
    "ids": {3, 1, 2},
}

text = json.dumps(data, default=encode)
print(text)
print(json.dumps(data, default=encode, sort_keys=True, indent=2))
print(json.dumps(data["nested"], separators=(",", ":")))
print(json.dumps(data["tags"], ensure_ascii=False))
back = json.loads(text, object_hook=decode_hook)
print(back["points"], back["points"] == data["points"])
back["ids"] = set(back["ids"])
print(back == data, type(back["ratio"]).__name__, back["owner"])
print(json.loads('{"a": 1, "a": 2}'), json.loads("[1e3, -0.5, 10]"))
print(json.loads('"\\u00e9\\n\\t"'), json.dumps("é\n\t\"q\""))
print(json.dumps({1: "int key", 2.5: "float", False: "bool", None: "none"}))
print(json.dumps([float("inf"), float("-inf")]), json.dumps({}), json.dumps([]))
try:
    json.dumps({"x": object})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(Point)
except TypeError as e:
    print("TypeError:", e)
for bad in ['{"a": }', '[1, 2', '{"a" 1}', '', 'nul', '[1,]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r}: {e.msg} at {e.pos} ({e.lineno}:{e.colno})", isinstance(e, ValueError))
records = [{"id": i, "sq": i * i, "even": i % 2 == 0} for i in range(4)]
s = json.dumps(records, indent=1)
print(len(s.splitlines()), json.loads(s) == records)
