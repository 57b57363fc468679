import _simple

_simple.added = "added"
print(_simple.added, "added" in vars(_simple))
del _simple.added
print(hasattr(_simple, "added"))
try:
    del _simple.added
except AttributeError as e:
    print(e)
setattr(_simple, "a", 100)
import _simple as again
print(again.a)
