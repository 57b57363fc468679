# stacked decorators built with wraps keep the original name
import functools
def log(tag):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a):
            print(tag, fn.__name__)
            return fn(*a)
        return wrapper
    return deco

@log("outer")
@log("inner")
def compute(x):
    "compute things"
    return x * 2

print(compute(21))
print(compute.__name__, compute.__doc__)
print(compute.__wrapped__.__name__, compute.__wrapped__.__wrapped__.__name__)
