class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o
print([Cmp(1), Cmp(2)].index(2), Cmp(3) in [1, 2, 3], (1, Cmp(2)) == (1, 2), [Cmp(1)].count(1))
print({1: "a"}.get(1), 2 in {Cmp(2)} if False else "skip")
class W:
    def __getattr__(self, n): return n.upper()
    def __len__(self): return 2
w = W()
print(w.foo, len(w), hasattr(w, "__iter__"), hasattr(w, "__len__"))
class E(Exception):
    def __str__(self): return "E-str"
try:
    raise E(1)
except E as e:
    print(str(e), repr(e), e.args)
