# typed=True keeps 1 and 1.0 apart
from functools import lru_cache

@lru_cache(maxsize=10, typed=True)
def kind(x):
    return type(x).__name__

print(kind(1), kind(1.0), kind(True), kind(1))
print(kind.cache_info())
print(kind.cache_parameters())

@lru_cache(maxsize=10)
def untyped(x):
    return type(x).__name__
print(untyped(1), untyped(1.0), untyped(True))
print(untyped.cache_info())
try:
    lru_cache("x")
except TypeError as e:
    print(e)
