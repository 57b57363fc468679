# Money in integer cents: arithmetic dunders with NotImplemented and the
# reflected forms, in-place operators, sum() via __radd__, comparisons
# across currencies raising, __bool__, __hash__, __neg__, divmod-style split.
import functools


class CurrencyMismatch(TypeError):
    pass


@functools.total_ordering
class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = int(cents)
        self.currency = currency

    @classmethod
    def of(cls, text):
        amount, currency = text.split()
        units, _, frac = amount.partition(".")
        sign = -1 if units.startswith("-") else 1
        return cls(sign * (abs(int(units)) * 100 + int((frac + "00")[:2])), currency)

    def _check(self, other):
        if not isinstance(other, Money):
            return False
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} vs {other.currency}")
        return True

    def __add__(self, other):
        if other == 0:
            return self
        if not self._check(other):
            return NotImplemented
        return Money(self.cents + other.cents, self.currency)

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Money(self.cents - other.cents, self.currency)

    def __mul__(self, k):
        if isinstance(k, Money):
            return NotImplemented
        return Money(round(self.cents * k), self.currency)

    __rmul__ = __mul__

    def __iadd__(self, other):
        # mutates in place: aliases see the change
        result = self + other
        self.cents = result.cents
        return self

    def __truediv__(self, other):
        if isinstance(other, Money):
            self._check(other)
            return self.cents / other.cents
        return NotImplemented

    def __floordiv__(self, n):
        return Money(self.cents // n, self.currency)

    def __mod__(self, n):
        return Money(self.cents % n, self.currency)

    def __neg__(self):
        return Money(-self.cents, self.currency)

    def __abs__(self):
        return Money(abs(self.cents), self.currency)

    def __bool__(self):
        return self.cents != 0

    def __eq__(self, other):
        if isinstance(other, int) and other == 0:
            return self.cents == 0
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        if not self._check(other):
            return NotImplemented
        return self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.currency))

    def split(self, n):
        base, extra = divmod(self.cents, n)
        return [Money(base + (1 if i < extra else 0), self.currency) for i in range(n)]

    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100}.{abs(self.cents) % 100:02d} {self.currency}"


a, b = Money.of("12.50 EUR"), Money.of("0.75 EUR")
print(a, b, a + b, a - b, b - a, a * 3, 2 * b, a * 0.333, -a, abs(-b))
print(a / b, a // 3, a % 7, Money.of("-3.5 EUR"), Money.of("7 EUR"))
print(sum([a, b, b]), sum([], Money(0)), sum([Money(1)] * 3))
wallet = Money(100)
alias = wallet
wallet += Money(50)
print(wallet, alias, wallet is alias)
x = Money(5)
y = x
x = x + Money(1)
print(x, y)
print(a > b, a <= b, max([b, a, Money(99)]), sorted([a, b, Money(1)]))
print(bool(Money(0)), bool(b), Money(0) == 0, b == 0, a == Money(1250), a != Money(1250, "USD"))
print(len({Money(5), Money(5), Money(5, "USD")}), {Money(1): "one"}[Money(1)])
print(Money(100).split(3), Money(1001).split(4), sum(Money(1001).split(4)))
usd = Money(500, "USD")
for op in [lambda: a + usd, lambda: a < usd, lambda: a + 5, lambda: a * a,
           lambda: a / 2, lambda: "x" + a, lambda: a < 3]:
    try:
        print(op())
    except CurrencyMismatch as e:
        print("CurrencyMismatch:", e, isinstance(e, TypeError))
    except TypeError as e:
        print("TypeError:", e)
