class Count:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), [x * 2 for x in Count(2)])
c = Count(2)
print(next(c), next(c), next(c, "done"))
try:
    next(c)
except StopIteration:
    print("stop")
a, b = Count(2)
print(a, b, *Count(3), dict(zip("ab", Count(2))))
for i in Count(2):
    print("loop", i)
