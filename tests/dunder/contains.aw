class C:
    def __contains__(self, x):
        print("contains", x)
        return x > 2
print(3 in C(), 1 in C(), 1 not in C())
class Z:
    def __contains__(self, x): return [x]
print(0 in Z(), 5 not in Z())
class N:
    __contains__ = None
try:
    1 in N()
except TypeError as e:
    print(e)
class P: pass
try:
    1 in P()
except TypeError as e:
    print(e)
