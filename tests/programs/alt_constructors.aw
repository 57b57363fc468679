# classmethod alternative constructors that respect subclasses, and
# staticmethod helpers, on a small date class.


class Date:
    DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    created = 0

    def __init__(self, year, month, day):
        if not 1 <= month <= 12:
            raise ValueError(f"month {month} out of range")
        if not 1 <= day <= Date.days_in_month(year, month):
            raise ValueError(f"day {day} out of range for {year}-{month:02d}")
        self.year, self.month, self.day = year, month, day
        type(self).created += 1

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    @staticmethod
    def days_in_month(year, month):
        if month == 2 and Date.is_leap(year):
            return 29
        return Date.DAYS[month - 1]

    @classmethod
    def from_string(cls, text, sep="-"):
        y, m, d = [int(p) for p in text.split(sep)]
        return cls(y, m, d)

    @classmethod
    def from_ordinal(cls, n):
        year = 1
        while n > (366 if cls.is_leap(year) else 365):
            n -= 366 if cls.is_leap(year) else 365
            year += 1
        month = 1
        while n > cls.days_in_month(year, month):
            n -= cls.days_in_month(year, month)
            month += 1
        return cls(year, month, n)

    def ordinal(self):
        days = 0
        for y in range(1, self.year):
            days += 366 if self.is_leap(y) else 365
        for m in range(1, self.month):
            days += self.days_in_month(self.year, m)
        return days + self.day

    def weekday(self):
        return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][(self.ordinal() - 1) % 7]

    def __sub__(self, other):
        return self.ordinal() - other.ordinal()

    def __add__(self, days):
        return type(self).from_ordinal(self.ordinal() + days)

    def __eq__(self, other):
        return (self.year, self.month, self.day) == (other.year, other.month, other.day)

    def __lt__(self, other):
        return (self.year, self.month, self.day) < (other.year, other.month, other.day)

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"

    def __str__(self):
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


class USDate(Date):
    created = 0

    @classmethod
    def from_string(cls, text):
        m, d, y = [int(p) for p in text.split("/")]
        return cls(y, m, d)

    def __str__(self):
        return f"{self.month}/{self.day}/{self.year}"


d1 = Date.from_string("2024-02-28")
d2 = Date.from_string("2024.03.01", sep=".")
print(d1, d2, d2 - d1, d1 + 2 == d2, d1 < d2)
print(repr(d1 + 366), d1.weekday(), Date(2000, 1, 1).weekday())
u = USDate.from_string("7/4/1976")
print(u, repr(u), type(u + 10).__name__, u + 10, u.weekday())
print(Date.from_ordinal(1), USDate.from_ordinal(738000))
print(Date.is_leap(1900), Date.is_leap(2000), USDate.is_leap(2024), d1.is_leap(2023))
print(Date.days_in_month(2023, 2), u.days_in_month(2024, 2))
print(sorted([Date(2020, 5, 1), Date(2019, 12, 31), Date(2020, 1, 15)]))
for bad in ["2023-02-29", "2023-13-01", "2023-x-01"]:
    try:
        Date.from_string(bad)
    except ValueError as e:
        print("ValueError:", e)
print(Date.created, USDate.created)
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
print(Date.from_string.__self__ is Date, USDate.from_string.__self__ is USDate)
print(Date.is_leap.__name__, callable(Date.__dict__["is_leap"]))
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)


class Holder:
    size = sm
    name = cm


print(Holder.size("abc"), Holder().size([1]), Holder.name(), Holder().name())
