# A 2-D vector with operator overloading, reflected operators,
# NotImplemented fallbacks and ordering from functools.total_ordering.
import functools
import math


@functools.total_ordering
class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y  # dot product
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return self.x != 0 or self.y != 0

    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __lt__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return abs(self) < abs(other)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        return iter((self.x, self.y))

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __len__(self):
        return 2


a = Vector(3, 4)
b = Vector(1, -2)
print(a + b, a - b, a * 2, 3 * b, -a, +b)
print(a * b, abs(a), a / 2)
print(a == Vector(3, 4), a != b, a == (3, 4))
print(a > b, a <= b, a >= Vector(4, 3), a < Vector(4, 3))
print(bool(Vector()), bool(b), len(a), a[0], a[-1], list(a))
x, y = b
print(x, y)
vs = [Vector(5, 5), Vector(0, 1), Vector(-3, 0), Vector(1, 1)]
print(sorted(vs))
print(max(vs), min(vs))
print(sorted(vs, key=lambda v: (v.y, v.x)))
print({Vector(1, 2): "p", Vector(1, 2) + Vector(0, 0): "q"})
print(len({Vector(1, 1), Vector(1, 1), Vector(2, 2)}))
total = Vector()
for v in vs:
    total += v
print(total, sum(vs, Vector()))
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a < 3
except TypeError as e:
    print(e)
try:
    "s" * a
except TypeError as e:
    print(e)
print(Vector.__lt__.__name__, Vector.__le__.__name__, Vector.__gt__.__name__)
