class G:
    def __init__(self, n): self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * i
    def __contains__(self, x):
        return any(v == x for v in self)
print(list(G(4)), 9 in G(4), 5 in G(4), sum(G(3)), sorted(G(3), reverse=True))
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __repr__(self): return f"Num({self.v})"
print(sum([Num(1), Num(2), Num(3)]), sum((Num(i) for i in range(4)), Num(10)))
