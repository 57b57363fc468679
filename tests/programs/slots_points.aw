# __slots__: fixed attribute sets, no instance __dict__, inheritance that
# adds slots, slots with class defaults in a parent, and memory-light records.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def moved(self, dx, dy):
        return type(self)(self.x + dx, self.y + dy)


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z

    def moved(self, dx, dy, dz=0):
        p = super().moved(dx, dy)
        p.z = self.z + dz
        return p

    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"


class Tagged(Point):
    pass          # no __slots__: instances get a __dict__ again


p = Point(1, 2)
print(p, p.moved(3, 4), hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
q = Point3(1, 2, 3)
print(q, q.moved(1, 1, 1), hasattr(q, "__dict__"))
try:
    q.w = 0
except AttributeError as e:
    print("AttributeError:", e)
t = Tagged(0, 0)
t.label = "origin"
print(t, t.label, vars(t))

r = Point.__new__(Point)
try:
    print(r.x)
except AttributeError as e:
    print("AttributeError:", e)
r.x = 5
del r.x
print(hasattr(r, "x"))

try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)


class Record:
    __slots__ = ("name", "score", "__dict__")

    def __init__(self, name, score):
        self.name, self.score = name, score


rec = Record("ann", 9)
rec.extra = True
print(rec.name, rec.score, rec.__dict__)

pts = [Point(i, i * i) for i in range(5)]
print(sum([pt.y for pt in pts]), max(pts, key=lambda pt: pt.y))
for pt in pts:
    pt.x, pt.y = pt.y, pt.x
print(pts)
print(getattr(pts[2], "x"), setattr(pts[2], "y", -1), pts[2])
