class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"P({self.x}, {self.y})"
class Q(P):
    def __str__(self): return f"<{self.x},{self.y}>"
p, q = P(1, 2), Q(3, 4)
print(p, repr(p), str(p), [p], (p,), {1: p})
print(q, repr(q), str(q), [q], f"{q}", f"{q!r}")
print("%s %r" % (q, q))
