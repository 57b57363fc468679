# A rational number class: normalisation with math.gcd, the arithmetic
# dunders with int interoperability on both sides, comparisons through
# total_ordering, __hash__ consistent with int, __bool__, __pow__, parsing.
import functools
import math


@functools.total_ordering
class Frac:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError(f"Frac({n}, 0)")
        if d < 0:
            n, d = -n, -d
        g = math.gcd(n, d)
        self.n, self.d = n // g, d // g

    @classmethod
    def parse(cls, text):
        if "/" in text:
            a, b = text.split("/")
            return cls(int(a), int(b))
        if "." in text:
            whole, frac = text.split(".")
            sign = -1 if whole.startswith("-") else 1
            return cls(int(whole) * 10 ** len(frac) + sign * int(frac), 10 ** len(frac))
        return cls(int(text))

    @staticmethod
    def _coerce(x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return Frac(x)
        return None

    def __add__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else o - self

    def __mul__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Frac(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Frac(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else o / self

    def __pow__(self, k):
        if k < 0:
            return Frac(self.d ** -k, self.n ** -k)
        return Frac(self.n ** k, self.d ** k)

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __abs__(self):
        return Frac(abs(self.n), self.d)

    def __eq__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return self.n == o.n and self.d == o.d

    def __lt__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return self.n * o.d < o.n * self.d

    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))

    def __bool__(self):
        return self.n != 0

    def value(self):
        return self.n / self.d

    def __repr__(self):
        return f"Frac({self.n}, {self.d})"

    def __str__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"


half, third = Frac(1, 2), Frac(1, 3)
print(half + third, half - third, half * third, half / third, third - half, -half)
print(1 + half, half + 1, 2 - third, 2 * third, 1 / third, third / 2, half ** 3, half ** -2)
print(Frac(6, -8), Frac(0, 5), Frac(10, 5), repr(Frac(10, 5)), abs(Frac(-3, 4)))
print(half > third, half == Frac(2, 4), Frac(4, 2) == 2, 2 == Frac(4, 2), half <= 1, third >= half)
print(sorted([Frac(3, 4), Frac(-1, 2), 0, Frac(2, 3), 1]), max(half, third), min([half, 1, third]))
print(hash(Frac(4, 2)) == hash(2), {Frac(4, 2): "two"}[2], len({Frac(1, 2), Frac(2, 4), half}))
print(bool(Frac(0)), bool(third), Frac.parse("3/9"), Frac.parse("-1.25"), Frac.parse("7"), Frac.parse("0.1"))
h = Frac(0)
for k in range(1, 11):
    h += Frac(1, k)
print("H10 =", h, round(h.value(), 6))
terms = [Frac(1, 2 ** k) for k in range(1, 11)]
print(sum(terms), 1 - sum(terms), sum(terms, Frac(0)) == Frac(1023, 1024))
approx = Frac(1)
for _ in range(6):       # Newton's method for sqrt(2)
    approx = (approx + 2 / approx) / 2
print(approx, approx.value(), abs(approx * approx - 2) < Frac(1, 10 ** 20))
for bad in [lambda: Frac(1, 0), lambda: half / 0, lambda: half + 0.5, lambda: half < "x"]:
    try:
        bad()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    except TypeError as e:
        print("TypeError:", e)
