class A:
    def __repr__(self): return 5
try:
    repr(A())
except TypeError as e:
    print(e)
class B:
    def __str__(self): return None
try:
    str(B())
except TypeError as e:
    print(e)
print(repr(A) == "<class '__main__.A'>")
