class N:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return self.n < o.n
    def __le__(self, o): return self.n <= o.n
    def __repr__(self): return f"N{self.n}"
xs = [N(3), N(1), N(2)]
print(sorted(xs), min(xs), max(xs))
print(N(1) < N(2), N(2) > N(1), N(2) >= N(2), N(3) <= N(1))
