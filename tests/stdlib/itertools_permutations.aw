# permutations in CPython's order
from itertools import permutations
print(list(permutations([1, 2, 3])))
print(list(permutations("abcd", 2)))
print(list(permutations("ab", 0)), list(permutations("ab", 3)))
print(list(permutations([])))
print(len(list(permutations(range(5)))))
try:
    permutations([1], -1)
except ValueError as e:
    print(e)
