# a class may extend a namedtuple (needs classes)
from collections import namedtuple

class Point(namedtuple("Point", "x y")):
    __slots__ = ()
    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p, p.norm1(), p.x, p._replace(x=0), isinstance(p, tuple))
