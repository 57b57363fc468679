class I(int):
    def double(self):
        return self * 2
i = I(21)
print(i, i + 1, i.double(), isinstance(i, int), type(i).__name__, i == 21, hash(i) == hash(21), repr(i))
print(int(i), float(i), [1,2,3][I(1)], i.bit_length(), str(i), f"{i:>4}")
class F(float):
    pass
f = F(1.5)
print(f, f * 2, type(f).__name__, f.is_integer(), round(f))
i.tag = 1
print(i.tag, i > 3, sorted([I(3), 1, I(2)]))
