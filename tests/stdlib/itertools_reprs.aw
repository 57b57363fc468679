# iterator types and reprs
import itertools
print(type(itertools.chain()).__name__, type(itertools.islice([], 1)).__name__)
print(repr(itertools.count(-3)), repr(itertools.count(0, -1)), repr(itertools.repeat("a", 2)))
print(repr(itertools.count(10 ** 20)), repr(itertools.repeat(None, 0)))
print(iter(itertools.count()) is not None, isinstance(itertools.chain(), itertools.chain))
c = itertools.count()
print(next(c), c.__next__(), iter(c) is c)
