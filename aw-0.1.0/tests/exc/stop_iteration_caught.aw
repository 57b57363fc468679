it = iter("ab")
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, repr(e))
print(next(iter([]), None))
