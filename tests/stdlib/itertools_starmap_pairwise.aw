# starmap unpacks argument tuples; pairwise yields overlapping pairs
from itertools import starmap, pairwise
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: sum(a), [[1, 2, 3], (4,), ()])))
print(list(pairwise("abcd")))
print(list(pairwise([1])), list(pairwise([])))
print([b - a for a, b in pairwise([1, 4, 9, 16])])
try:
    list(starmap(len, [1]))
except TypeError as e:
    print(e)
