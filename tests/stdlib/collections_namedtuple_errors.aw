# namedtuple errors as CPython reports them
from collections import namedtuple
P = namedtuple("Point", "x y")
def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: P(1))
attempt(lambda: P(1, 2, 3))
attempt(lambda: P(1, z=2))
attempt(lambda: P(1, x=2))
attempt(lambda: P())
attempt(lambda: namedtuple("Q", "a b c", defaults=[1])())
attempt(lambda: P._make([1]))
attempt(lambda: P(1, 2)._replace(z=1))
for args in [("P", "x x"), ("P", "x _y"), ("P", "x def"), ("P", "x 1a"), ("1P", "x"), ("P", [1])]:
    attempt(lambda: namedtuple(*args))
attempt(lambda: namedtuple("P", "x", defaults=[1, 2]))
p = P(1, 2)
def set_x():
    p.x = 5
def set_z():
    p.z = 5
attempt(set_x)
attempt(set_z)
