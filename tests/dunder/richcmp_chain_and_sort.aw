class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return "V%d" % self.v
a, b, c = V(1), V(2), V(3)
print(a < b < c, a < c < b, sorted([c, a, b]), sorted([c, a, b], reverse=True))
print(max(a, c, b), min([b, c, a]), [a, b].index(V(2)), V(2) in [a, b], [a, b].count(V(1)))
