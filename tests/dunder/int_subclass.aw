class I(int):
    def __add__(self, o):
        return I(int.__add__(self, o) * 10)
    def __repr__(self):
        return "I(" + int.__repr__(self) + ")"
a = I(2)
print(a + 3, 3 + a, a - 1, a * 2, -a, a == 2, a < 3, hash(a) == hash(2), repr(a), str(a), bool(I(0)))
print(a.__add__(1), int.__add__(a, 1), (5).__radd__(a))
class F(float):
    def __sub__(self, o):
        return "sub"
print(F(1.5) - 1, F(1.5) + 1, 1 - F(2.0), f"{F(2.5):.2f}")
