def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args)
        return fn(*args, **kwargs)
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(1, 2))
def repeat(n):
    def deco(fn):
        def wrapper(x):
            for _ in range(n):
                x = fn(x)
            return x
        return wrapper
    return deco
@repeat(3)
def double(x):
    return x * 2
print(double(1))
def tag(label):
    return lambda fn: lambda: label + "(" + fn() + ")"
@tag("a")
@tag("b")
def base():
    return "x"
print(base())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one(): pass
@register
def two(): pass
print(registry, one.__name__)
