# lru_cache used bare and with arguments; hits, misses and keys
from functools import lru_cache

@lru_cache
def sq(x):
    print("computing", x)
    return x * x

print(sq(3), sq(3), sq(4), sq(3.0))
print(sq.cache_info())
print(sq.__name__, sq.__wrapped__.__name__)
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0])
print(type(info).__name__, info._fields)
print(sq.cache_parameters())

@lru_cache()
def kw(a, b=0):
    print("kw", a, b)
    return a + b

print(kw(1, b=2), kw(1, b=2), kw(1, 2), kw(b=2, a=1))
print(kw.cache_info())
try:
    kw([1])
except TypeError as e:
    print(e)
