class A:
    def m(self, x):
        return x * 2
a = A()
bm = a.m
print(bm(4), bm.__self__ is a, bm.__func__ is A.m, A.m(a, 5))
print(bm.__name__, bm.__qualname__)
print(a.m == a.m, a.m is a.m)
f = A.m
print(f.__qualname__, f.__name__)
