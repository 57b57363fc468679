class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
for args in [(1,), (1, 2, 3), ()]:
    try:
        Point(*args)
    except TypeError as e:
        print(e)
try:
    Point(1, y=2, z=3)
except TypeError as e:
    print(e)
