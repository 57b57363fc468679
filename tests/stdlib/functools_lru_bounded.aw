# a bounded cache evicts the least recently used entry
from functools import lru_cache

@lru_cache(maxsize=2)
def ident(x):
    print("miss", x)
    return x

for v in [1, 2, 1, 3, 2, 1]:
    ident(v)
print(ident.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1)
nocache(1)
print(nocache.cache_info())

@lru_cache(maxsize=-5)
def neg(x):
    return x
neg(1)
print(neg.cache_info())
