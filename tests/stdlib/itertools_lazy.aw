# the itertools are lazy: infinite inputs work when sliced
from itertools import count, cycle, islice, takewhile, accumulate, chain, repeat
squares = (n * n for n in [1, 2, 3]) if False else map(lambda n: n * n, count(1))
print(list(islice(squares, 5)))
print(list(takewhile(lambda x: x < 30, accumulate(count(1)))))
print(list(islice(chain(repeat("a", 2), cycle("xy")), 7)))
evens = filter(lambda n: n % 2 == 0, count())
print(next(evens), next(evens), next(evens))
