# __name__, __qualname__, __doc__, __defaults__ can be set
def f(x=1):
    return x

f.__name__ = "g"
f.__qualname__ = "Outer.g"
f.__doc__ = "new doc"
print(f.__name__, f.__qualname__, f.__doc__)
f.__defaults__ = (5,)
print(f())
f.__defaults__ = None
try:
    f()
except TypeError as e:
    print(e)
try:
    f.__name__ = 3
except TypeError as e:
    print(e)
try:
    f.__qualname__ = None
except TypeError as e:
    print(e)
def k(*, a=1):
    return a
k.__kwdefaults__ = {"a": 7}
print(k())
