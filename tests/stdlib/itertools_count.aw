# count: infinite arithmetic progressions and their repr
from itertools import count, islice
print(list(islice(count(), 5)))
print(list(islice(count(10, 3), 4)))
print(list(islice(count(1.5, 0.5), 3)))
print(list(islice(count(5, -2), 4)))
c = count(5)
print(repr(c), next(c), next(c), repr(c))
print(repr(count(5, 2)), repr(count(2.5)), repr(count(1, 1.0)))
big = count(2 ** 63 - 2)
print(next(big), next(big), next(big), repr(big))
for i, ch in zip(count(1), "abc"):
    print(i, ch)
