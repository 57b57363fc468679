# A ZeroDivisionError raised inside __truediv__ escapes.


class Ratio:
    def __init__(self, n, d):
        self.n, self.d = n, d

    def __truediv__(self, other):
        return Ratio(self.n * other.d, self.d * other.n)

    def value(self):
        return self.n / self.d


r = Ratio(1, 2) / Ratio(3, 4)
print(r.n, r.d, r.value())
print((Ratio(1, 2) / Ratio(0, 5)).value())
