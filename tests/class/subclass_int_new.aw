class Celsius(float):
    def __new__(cls, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, v)
    def fahrenheit(self):
        return self * 9 / 5 + 32
c = Celsius(100)
print(c, c.fahrenheit(), type(c).__name__, isinstance(c, float))
try:
    Celsius(-300)
except ValueError as e:
    print(e)
class Flag(int):
    pass
f = Flag(5)
print(f | 2, -f, bool(Flag(0)), int(f) + 1, f"{f:03d}", f // 2, f % 2)
print({Flag(1): "one"}[1], Flag("ff", 16), str(Flag(7)), max(Flag(2), 1))
