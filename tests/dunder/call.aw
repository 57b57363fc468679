class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x) * scale, rest, sorted(kw.items())
a = Adder(10)
print(a(1), a(1, 2, 3, scale=2, z=5), callable(a), callable(Adder))
print(list(map(Adder(1), [1, 2])))
print(a.__call__(5))
class N: pass
try:
    N()()
except TypeError as e:
    print(e)
print(callable(N()))
