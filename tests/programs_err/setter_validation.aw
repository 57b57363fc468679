# A property setter's ValueError escapes from a constructor.


class Age:
    def __init__(self, years):
        self.years = years

    @property
    def years(self):
        return self._years

    @years.setter
    def years(self, value):
        if value < 0:
            raise ValueError(f"age cannot be negative: {value}")
        self._years = value


people = [Age(30), Age(0)]
print([p.years for p in people])
people.append(Age(-4))
