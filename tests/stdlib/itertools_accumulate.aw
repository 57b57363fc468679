# accumulate: sums, a function, an initial value
from itertools import accumulate
print(list(accumulate([1, 2, 3, 4])))
print(list(accumulate([1, 2, 3, 4], max)))
print(list(accumulate([3, 1, 4, 1, 5], lambda a, b: a * b)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=0)), list(accumulate([])))
print(list(accumulate("abc")))
print(list(accumulate([1, 2], func=lambda a, b: a - b)))
try:
    accumulate([1], initial=0, foo=1)
except TypeError as e:
    print(e)
