# Polymorphism with an abstract base that raises NotImplementedError,
# shapes with area/perimeter using math, sorting and grouping by type.
import math


class Shape:
    name = "shape"

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area()")

    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__} must define perimeter()")

    def describe(self):
        return f"{self.name:<10} area={self.area():8.3f} perimeter={self.perimeter():8.3f}"

    def __lt__(self, other):
        return self.area() < other.area()

    def __str__(self):
        return self.describe()


class Circle(Shape):
    name = "circle"

    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    def __repr__(self):
        return f"Circle({self.r})"


class Rectangle(Shape):
    name = "rectangle"

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def __repr__(self):
        return f"{type(self).__name__}({self.w}, {self.h})"


class Square(Rectangle):
    name = "square"

    def __init__(self, side):
        super().__init__(side, side)

    def __repr__(self):
        return f"Square({self.w})"


class Triangle(Shape):
    name = "triangle"

    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"sides {a}, {b}, {c} do not make a triangle")
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

    def __repr__(self):
        return "Triangle(%d, %d, %d)" % self.sides


class Blob(Shape):
    pass


shapes = [Circle(1), Rectangle(2, 3.5), Square(2), Triangle(3, 4, 5), Circle(0.5),
          Square(1.5)]
for s in shapes:
    print(s)
print(sorted(shapes))
print(max(shapes), min(shapes, key=lambda s: s.perimeter()))
total = sum([s.area() for s in shapes])
print(f"total area {total:.4f}", round(total, 2), math.isclose(total, 23.177, abs_tol=1e-3))
by_kind = {}
for s in shapes:
    by_kind.setdefault(type(s).__name__, []).append(s)
print(by_kind)
print([isinstance(s, Rectangle) for s in shapes], issubclass(Square, Shape))
print([type(s).__mro__[1].__name__ for s in shapes])
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    Triangle(1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
print(math.floor(Circle(3).area()), math.ceil(Circle(3).perimeter()), math.degrees(math.pi / 3))
print(Square(3) < Circle(2), Circle(2) < Square(3), Square(2).name, Rectangle.name)
