class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
xs = list(range(10))
print(xs[I(3)], xs[I(-1)], xs[I(1):I(4)], "abcdef"[I(2)], (1, 2, 3)[I(0)])
print(bin(I(5)), hex(I(255)), oct(I(8)), list(range(I(3))), [0] * I(3))
print(int(I(7)), float(I(2)), "%d" % I(4) if False else "skip")
class Bad:
    def __index__(self): return "a"
try:
    xs[Bad()]
except TypeError as e:
    print(e)
class No: pass
try:
    xs[No()]
except TypeError as e:
    print(e)
try:
    range(No())
except TypeError as e:
    print(e)
