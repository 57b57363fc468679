# cycle and repeat
from itertools import cycle, repeat, islice
print(list(islice(cycle("abc"), 7)))
print(list(islice(cycle([1]), 3)))
print(list(cycle([])))
print(list(repeat("x", 3)), list(repeat(None, 0)), list(repeat(1, -2)))
print(list(islice(repeat(7), 4)))
r = repeat("a", 3)
print(repr(r), next(r), repr(r))
print(repr(repeat([1, 2])))
print(list(map(pow, range(5), repeat(2))))
print(repeat(1, 3).__length_hint__())
