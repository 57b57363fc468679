# AttributeError for a misspelt attribute on an instance.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x ** 2 + self.y ** 2


points = [Point(1, 2), Point(3, 4)]
print([p.norm2() for p in points])
print(sum([p.x for p in points]))
print(points[0].z)
