# json.JSONDecoder subclasses with loads(cls=...), and objects through default=
import json

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        if set(d) == {"x", "y"}:
            return Point(d["x"], d["y"])
        return d

p = json.loads('[{"x": 1, "y": 2}, {"z": 3}]', cls=PointDecoder)
print(type(p[0]).__name__, p[0].x, p[0].y, p[1])
print(json.JSONDecoder().decode('{"a": [1.5]}'))
print(json.JSONDecoder(parse_float=str).decode('[1.5]'))
print(json.dumps(Point(1, 2), default=lambda o: o.__dict__))
try:
    json.dumps(Point(1, 2))
except TypeError as e:
    print("TypeError:", e)
print(isinstance(json.JSONEncoder(), json.JSONEncoder), json.JSONEncoder.item_separator)
