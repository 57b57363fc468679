import math

__all__ = ["Square", "Circle"]


class _Base:
    def area(self):
        raise NotImplementedError


class Square(_Base):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Circle(_Base):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Triangle(_Base):
    def __init__(self, b, h):
        self.b, self.h = b, h

    def area(self):
        return self.b * self.h / 2
