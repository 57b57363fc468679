# The default reprs of user objects, classes, functions, methods and
# modules. Addresses differ between runs, so the tests print only the parts
# before " at 0x" and check the address's shape.
import sys


class Point:
    def __init__(self, x):
        self.x = x

    def move(self):
        return self

    @classmethod
    def origin(cls):
        return cls(0)

    @staticmethod
    def helper():
        return 1


class Shown:
    def __str__(self):
        return "str only"


class Reprd:
    def __repr__(self):
        return "Reprd()"


def func():
    pass


def shape(text):
    """Replace each address by ADDR after checking it looks like one."""
    out = ""
    while True:
        head, sep, tail = text.partition(" at 0x")
        out += head
        if not sep:
            return out
        digits = ""
        while tail and tail[0] in "0123456789abcdef":
            digits += tail[0]
            tail = tail[1:]
        out += " at ADDR" if digits else " at ???"
        text = tail


p = Point(1)
for obj in [p, Point, func, lambda: 0, p.move, Point.origin, Point.helper, Point.move,
            Shown(), Reprd(), len, [].append, sys, object(), type, int, Exception,
            ValueError("v"), [Reprd(), Reprd()], {"k": Point}]:
    print(shape(repr(obj)))
print(shape(str(p)), str(Shown()), shape(repr(Shown())), str(Reprd()))
print(shape(f"{p!r}|{p!s}"), shape("%r" % (func,)), shape(format(Reprd())))
print(repr(p) == object.__repr__(p), str(p) == repr(p), repr(p).startswith("<__main__.Point object at 0x"))
print(repr(p).endswith(">"), hex(id(p)) in repr(p), repr(p) == repr(p))
print(repr(p) != repr(Point(1)))


def outer():
    class Local:
        pass

    def inner():
        pass
    return Local, inner


L, inner = outer()
print(shape(repr(L())), repr(L), shape(repr(inner)))
print(repr(Point.__dict__["helper"]).startswith("<staticmethod"), repr(Point.__dict__["origin"]).startswith("<classmethod"))
