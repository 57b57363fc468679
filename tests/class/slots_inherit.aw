class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
class C(B):
    pass
c = C()
c.a, c.b, c.c = 1, 2, 3
print(c.a, c.b, c.c, vars(c))
try:
    B().c = 1
except AttributeError as e:
    print(e)
class WithDict:
    __slots__ = ("x", "__dict__")
w = WithDict()
w.x = 1
w.y = 2
print(w.x, w.__dict__)
