class P:
    def __init__(self, v): self.v = v
    def __add__(self, o): return P(self.v + o.v)
    def __eq__(self, o): return self.v == o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return "P%d" % self.v
    def __iter__(self): return iter([self.v, self.v])
    def __getitem__(self, i): return P(self.v * i)
acc = P(0)
s = set()
for i in range(50):
    acc = acc + P(i)
    s.add(P(i % 7))
    x, y = P(i)
    acc = acc + acc[0]
print(acc, len(s), sorted(p.v for p in s))
