# keyword order is part of the key, as in CPython
from functools import lru_cache
@lru_cache(maxsize=None)
def f(a=0, b=0):
    return a + b
f(a=1, b=2)
f(b=2, a=1)
f(a=1, b=2)
print(f.cache_info())
f(1, 2)
print(f.cache_info().misses, f.cache_info().currsize)
