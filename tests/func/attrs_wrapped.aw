# __wrapped__ is an ordinary attribute decorators set
def deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    wrapper.__wrapped__ = fn
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper

@deco
def add(x, y):
    "add two numbers"
    return x + y

print(add(1, 2), add.__name__, add.__doc__, add.__qualname__)
print(add.__wrapped__(3, 4), add.__wrapped__.__qualname__)
