# instances of classes: copy shares attribute values, deepcopy copies them;
# __init__ is not called again
import copy

class Point:
    def __init__(self, x, y):
        print("init", x)
        self.x = x
        self.y = y

p = Point(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
print(type(q).__name__, q is p, q.x, q.y, q.y is p.y)
print(type(r).__name__, r is p, r.x, r.y, r.y is p.y)
q.x = 10
print(p.x, q.x)

class Empty:
    pass

e = copy.copy(Empty())
print(type(e).__name__, vars(e))
