# A class invariant checked with assert fails with its message.


class Interval:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
        self.check()

    def check(self):
        assert self.lo <= self.hi, f"empty interval [{self.lo}, {self.hi}]"

    def __and__(self, other):
        return Interval(max(self.lo, other.lo), min(self.hi, other.hi))


a, b = Interval(0, 10), Interval(5, 20)
c = a & b
print(c.lo, c.hi)
print((c & Interval(30, 40)).lo)
