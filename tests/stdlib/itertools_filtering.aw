# takewhile, dropwhile, filterfalse, compress
from itertools import takewhile, dropwhile, filterfalse, compress
data = [1, 4, 6, 4, 1]
print(list(takewhile(lambda x: x < 5, data)))
print(list(dropwhile(lambda x: x < 5, data)))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, []])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress("ABC", [True])))
print(list(compress(data=range(5), selectors=[0, 1, 1])))
print(list(takewhile(bool, [])), list(dropwhile(bool, [])))
t = takewhile(lambda x: x < 3, [1, 2, 3, 1])
print(list(t), list(t))
