try:
    print("in try")
    1 / 0
    print("not reached")
except ZeroDivisionError:
    print("caught")
print("after")
try:
    [][0]
except (KeyError, IndexError) as e:
    print("tuple caught", type(e).__name__)
try:
    {}['k']
except IndexError:
    print("wrong")
except LookupError as e:
    print("base caught", type(e).__name__, repr(e))
