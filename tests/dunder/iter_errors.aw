class A:
    def __iter__(self): return 5
try:
    iter(A())
except TypeError as e:
    print(e)
try:
    for x in A(): pass
except TypeError as e:
    print(e)
class B:
    __iter__ = None
try:
    iter(B())
except TypeError as e:
    print(e)
class C:
    def __next__(self): return 1
try:
    iter(C())
except TypeError as e:
    print(e)
print(next(C()))
class D: pass
try:
    next(D())
except TypeError as e:
    print(e)
try:
    list(D())
except TypeError as e:
    print(e)
