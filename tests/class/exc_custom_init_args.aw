class E(Exception):
    def __init__(self, x):
        self.x = x
e = E(5)
print(e.args, e.x, repr(e), str(e))
class F(ValueError):
    pass
try:
    int("x")
except ValueError as v:
    print(type(v).__name__)
try:
    raise F("bad")
except ValueError as v:
    print(type(v).__name__, v)
