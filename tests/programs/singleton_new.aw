# __new__ in practice: a singleton, interning instances by value, an
# immutable point that validates in __new__, __new__ returning another
# type (so __init__ is skipped), and __init__ called on every construction.


class Singleton:
    _instance = None
    inits = 0

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, name="default"):
        Singleton.inits += 1
        self.name = name


a = Singleton("first")
b = Singleton("second")
print(a is b, a.name, Singleton.inits)


class Logger(Singleton):
    _instance = None


l1, l2 = Logger(), Logger("x")
print(l1 is l2, l1 is a, l1.name, type(l1).__name__, Singleton.inits)


class Symbol:
    _table = {}

    def __new__(cls, name):
        sym = cls._table.get(name)
        if sym is None:
            sym = object.__new__(cls)
            sym.name = name
            cls._table[name] = sym
        return sym

    def __repr__(self):
        return f"Symbol({self.name!r})"


x1, x2, y = Symbol("x"), Symbol("x"), Symbol("y")
print(x1 is x2, x1 is y, len(Symbol._table), sorted(Symbol._table), [x1, y])


class Point:
    __slots__ = ("x", "y")

    def __new__(cls, x, y):
        if not all([isinstance(v, (int, float)) for v in (x, y)]):
            raise TypeError("coordinates must be numbers")
        self = super().__new__(cls)
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
        return self

    def __setattr__(self, name, value):
        raise AttributeError(f"Point is immutable (tried to set {name})")

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2.5)
print(p)
for bad in [lambda: setattr(p, "x", 5), lambda: Point("a", 1)]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)


class Shape:
    def __new__(cls, sides):
        if cls is Shape:
            sub = {3: Triangle, 4: Quad}.get(sides)
            if sub is not None:
                return super().__new__(sub)
        return super().__new__(cls)

    def __init__(self, sides):
        self.sides = sides

    def __repr__(self):
        return f"{type(self).__name__}({self.sides})"


class Triangle(Shape):
    pass


class Quad(Shape):
    pass


print(Shape(3), Shape(4), Shape(5), Triangle(3), isinstance(Shape(4), Quad))


class NotReally:
    def __new__(cls, value):
        return str(value)       # not an instance: __init__ is skipped

    def __init__(self, value):
        raise AssertionError("never called")


r = NotReally(42)
print(r, type(r).__name__)


class Counted:
    created = 0

    def __new__(cls):
        cls.created += 1
        return super().__new__(cls)


Counted()
Counted()
print(Counted.created, type(Counted.__dict__["__new__"]).__name__)
