# functools.reduce with and without an initial value
from functools import reduce
import functools
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, [], 7))
print(reduce(max, range(5), 10))
print(reduce(lambda a, b: a + b, ["a", "b", "c"], ""))
print(reduce(lambda acc, x: acc + [x * 2], (1, 2, 3), []))
print(functools.reduce(lambda a, b: a, [42]))
print(reduce(lambda a, b: b, iter("xyz")))
