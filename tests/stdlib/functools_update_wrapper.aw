# update_wrapper: assigned and updated attributes, missing ones skipped
from functools import update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES

print(WRAPPER_ASSIGNMENTS)
print(WRAPPER_UPDATES)

def target(x):
    "target doc"
    return x
target.extra = 42

def wrapper(*a):
    return target(*a)

r = update_wrapper(wrapper, target)
print(r is wrapper, wrapper.__name__, wrapper.__doc__, wrapper.extra)
print(wrapper.__wrapped__ is target)

def w2():
    pass
update_wrapper(w2, target, assigned=("__doc__",), updated=())
print(w2.__name__, w2.__doc__, hasattr(w2, "extra"))

def w3():
    pass
update_wrapper(w3, len)
print(w3.__name__, w3.__qualname__, w3.__module__, w3.__wrapped__ is len)
