class Box:
    def __init__(self, *xs): self.xs = xs
    def __iter__(self): return BoxIter(self.xs)
class BoxIter:
    def __init__(self, xs): self.xs, self.i = xs, 0
    def __next__(self):
        if self.i == len(self.xs): raise StopIteration
        self.i += 1
        return self.xs[self.i - 1]
    def __iter__(self): return self
b = Box(1, 2, 3)
print(list(b), list(b), tuple(b), sorted(b, reverse=True), max(b))
print(list(enumerate(b)), list(map(str, b)))
