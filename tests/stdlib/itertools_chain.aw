# chain and chain.from_iterable are lazy
from itertools import chain
print(list(chain("ab", [1, 2], (), range(3))))
print(list(chain()))
print(list(chain.from_iterable(["xy", "z", [0]])))
def gen_lists():
    return iter([[1], [2, 3]])
print(list(chain.from_iterable(gen_lists())))
c = chain([1], 5)
print(next(c))
try:
    next(c)
except TypeError as e:
    print(e)
print(sum(chain([1, 2], [3])))
