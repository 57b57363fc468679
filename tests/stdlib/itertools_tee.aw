# tee splits one iterator into independent ones
from itertools import tee, count, islice
a, b = tee([1, 2, 3])
print(list(a), list(b))
x, y, z = tee(iter("abc"), 3)
print(next(x), next(x), next(y), list(z), list(x), list(y))
print(tee([1], 0))
p, q = tee(count())
print(list(islice(p, 100))[-1], next(q), next(q))
r, s = tee(range(200))
print(sum(r), sum(s))
c1, c2 = tee(a)
print(list(c1), list(c2))
try:
    tee([1], -1)
except ValueError as e:
    print(e)
