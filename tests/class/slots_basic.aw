class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x)
try:
    p.y
except AttributeError as e:
    print(e)
p.y = 2
print(p.y)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    p.__dict__
except AttributeError as e:
    print(e)
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError", e)
print(type(P.x).__name__, P.x)
