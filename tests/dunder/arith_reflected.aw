class M:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"M({self.v})"
    def __radd__(self, o): return M(o + self.v)
    def __rsub__(self, o): return M(o - self.v)
    def __rmul__(self, o): return M(o * self.v)
    def __rtruediv__(self, o): return M(o / self.v)
    def __rfloordiv__(self, o): return M(o // self.v)
    def __rmod__(self, o): return M(o % self.v)
    def __rpow__(self, o): return M(o ** self.v)
    def __rmatmul__(self, o): return ("rmatmul", o)
m = M(4)
print(1 + m, 10 - m, 3 * m, 8 / m, 9 // m, 9 % m, 2 ** m, [1] @ m)
print(sum([M(1)], 0))
print("ab" * M(2) if False else "skip")
