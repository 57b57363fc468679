# product, with repeat
from itertools import product
print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3)))
print(list(product()))
print(list(product("ab", [])))
print(list(product("ab", repeat=0)))
print(len(list(product(range(3), range(4), range(2)))))
try:
    product([1], repeat=-1)
except ValueError as e:
    print(e)
