# total_ordering fills in the missing comparisons (needs classes)
import functools

@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n

a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, a == b, b >= a, a <= a)
print(sorted([Version(3), a, b])[0].n)

@functools.total_ordering
class Rev:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __ge__(self, other):
        return self.n >= other.n
print(Rev(1) < Rev(2), Rev(2) > Rev(1), Rev(1) <= Rev(1))
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(e)
