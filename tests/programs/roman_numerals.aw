# Roman numerals as a class: parsing with validation, arithmetic that
# returns new numerals, ordering with total_ordering, use as dict keys,
# conversions in both directions checked against each other.
import functools


class RomanError(ValueError):
    pass


@functools.total_ordering
class Roman:
    TABLE = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

    def __init__(self, value):
        if isinstance(value, str):
            value = self.parse(value)
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"Roman() needs an int or str, not {type(value).__name__}")
        if not 1 <= value <= 3999:
            raise RomanError(f"{value} cannot be written in Roman numerals")
        self.value = value

    @classmethod
    def parse(cls, text):
        text = text.upper()
        if not text or any([c not in cls.VALUES for c in text]):
            raise RomanError(f"invalid numeral {text!r}")
        total = 0
        for i, c in enumerate(text):
            v = cls.VALUES[c]
            if i + 1 < len(text) and cls.VALUES[text[i + 1]] > v:
                total -= v
            else:
                total += v
        if cls.to_text(total) != text:
            raise RomanError(f"non-canonical numeral {text!r} (did you mean {cls.to_text(total)!r}?)")
        return total

    @classmethod
    def to_text(cls, n):
        out = []
        for value, sym in cls.TABLE:
            count, n = divmod(n, value)
            out.append(sym * count)
        return "".join(out)

    def __str__(self):
        return self.to_text(self.value)

    def __repr__(self):
        return f"Roman({str(self)!r})"

    def __add__(self, other):
        if isinstance(other, Roman):
            return Roman(self.value + other.value)
        if isinstance(other, int):
            return Roman(self.value + other)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, Roman):
            return Roman(self.value - other.value)
        return NotImplemented

    def __mul__(self, k):
        return Roman(self.value * k) if isinstance(k, int) else NotImplemented

    def __eq__(self, other):
        return isinstance(other, Roman) and self.value == other.value

    def __lt__(self, other):
        if not isinstance(other, Roman):
            return NotImplemented
        return self.value < other.value

    def __hash__(self):
        return hash(self.value)


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    print(n, Roman(n))
print(all([Roman(str(Roman(n))).value == n for n in range(1, 4000, 7)]))
print(Roman("mcmxcix") + Roman("I"), Roman("X") * 4, Roman("L") - Roman("IX"), 5 + Roman("V"), Roman("C") + 1)
print(sorted([Roman("XL"), Roman("IX"), Roman("MC"), Roman("L")]), Roman("IV") < Roman("VI"), Roman("X") >= Roman("X"))
years = {Roman(1066): "Hastings", Roman(1492): "Granada"}
print(years[Roman("MLXVI")], max(years), sum([Roman(10), Roman(20)], Roman(1)))
for bad in ["IIII", "VX", "ABC", "", 0, 4000, "MMMM", 2.5, True]:
    try:
        Roman(bad)
    except RomanError as e:
        print("RomanError:", e)
    except TypeError as e:
        print("TypeError:", e)
try:
    Roman("I") - Roman("I")
except ValueError as e:
    print("ValueError:", e, type(e).__name__)
print(Roman("x") == Roman(10), Roman(10) == 10, repr(Roman(3)), [str(Roman(i)) for i in range(1, 11)])
