# default converts unknown objects; its result is encoded in turn
import json

print(json.dumps({"s": {3, 1, 2}}, default=sorted))
print(json.dumps([b"ab", range(3)], default=lambda o: list(o)))
print(json.dumps(range(2), default=list, indent=1))

def conv(o):
    if isinstance(o, range):
        return {"start": o.start, "stop": o.stop, "set": {o.step}}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("cannot convert " + type(o).__name__)

print(json.dumps([range(1, 4), range(2, 9, 3)], default=conv))
try:
    json.dumps([object], default=conv)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"a": b"x"})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps([range(1)])
except TypeError as e:
    print("TypeError:", e)
