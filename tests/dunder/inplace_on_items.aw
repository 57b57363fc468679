class C:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __repr__(self): return f"C({self.v})"
d = {"k": C(1)}
d["k"] += 5
l = [C(2)]
l[0] += 1
class H:
    pass
h = H()
h.c = C(0)
h.c += 3
print(d, l, h.c)
