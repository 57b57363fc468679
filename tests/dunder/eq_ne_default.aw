class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, V) and self.v == o.v
a, b, c = V(1), V(1), V(2)
print(a == b, a != b, a == c, a != c)
print(a == 1, a != 1)
print(V.__ne__ is object.__ne__)
class W:
    pass
w = W()
print(w == w, w != w, w == W(), w != W())
