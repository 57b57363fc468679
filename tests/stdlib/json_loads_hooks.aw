# object_hook and object_pairs_hook (which wins when both are given)
import json

doc = '{"a": {"b": 1}, "c": [{"d": 2}]}'
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=lambda p: p))
print(json.loads(doc, object_hook=len, object_pairs_hook=tuple))
print(json.loads("{}", object_hook=lambda d: "empty"))
print(json.loads('[{"x": 1}]', object_hook=lambda d: d["x"] * 10))
keys = []
def spy(d):
    keys.append(list(d))
    return d
json.loads('{"outer": {"inner": {"deep": 1}}, "z": 2}', object_hook=spy)
print(keys)
