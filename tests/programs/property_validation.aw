# Properties with validation: setters that check types and ranges,
# read-only and computed properties, deleters, and property objects.


class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"temperature must be a number, not {type(value).__name__}")
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @property
    def kelvin(self):
        """Read-only."""
        return round(self._c + 273.15, 2)

    def __repr__(self):
        return f"Temperature({self._c!r})"


class Person:
    def __init__(self, first, last, age):
        self.first = first
        self.last = last
        self.age = age
        self._nickname = None

    def _get_age(self):
        return self._age

    def _set_age(self, value):
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError("age must be an int")
        if not 0 <= value <= 150:
            raise ValueError(f"age {value} out of range")
        self._age = value

    age = property(_get_age, _set_age, doc="Age in years.")

    @property
    def full_name(self):
        return f"{self.first} {self.last}"

    @full_name.setter
    def full_name(self, value):
        self.first, self.last = value.split(" ", 1)

    @property
    def nickname(self):
        return self._nickname or self.first

    @nickname.setter
    def nickname(self, value):
        self._nickname = value

    @nickname.deleter
    def nickname(self):
        print("forgetting", self._nickname)
        self._nickname = None


t = Temperature(25)
print(t, t.fahrenheit, t.kelvin)
t.fahrenheit = 212
print(t.celsius, t.kelvin)
for bad in ["hot", -300, None]:
    try:
        t.celsius = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(t)
try:
    t.kelvin = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.kelvin
except AttributeError as e:
    print("AttributeError:", e)

p = Person("Ada", "Lovelace", 36)
print(p.full_name, p.age, p.nickname)
p.full_name = "Grace Brewster Hopper"
p.nickname = "Amazing Grace"
print(p.first, "|", p.last, "|", p.nickname)
del p.nickname
print(p.nickname)
for bad in [200, "x", True, -1]:
    try:
        p.age = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(p.age, Person.age.__doc__, Temperature.kelvin.__doc__)
print(type(Person.age).__name__, isinstance(Person.full_name, property))
print(Person.full_name.fget(p), Person.age.fset is Person._set_age, Person.full_name.fdel)
print(sorted(vars(p)), "age" in vars(p))
p.__dict__["full_name"] = "shadow?"
print(p.full_name)
print(hasattr(t, "kelvin"), hasattr(Temperature(), "_c"), getattr(t, "fahrenheit"))
