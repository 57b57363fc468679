"""Plane geometry."""
import math


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __str__(self):
        return f"({self.x}, {self.y})"


def distance(a, b):
    return math.hypot(a.x - b.x, a.y - b.y)


ORIGIN = Point(0, 0)
