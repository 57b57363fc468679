# a function's name, qualname, doc, module, defaults and annotations
def f(a, b=2, *, c=3) -> int:
    "doc of f"
    return a

print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__, f.__annotations__)

def outer():
    def inner(x: "str"):
        pass
    return inner

i = outer()
print(i.__name__, i.__qualname__, i.__doc__, i.__defaults__, i.__kwdefaults__)
print(i.__annotations__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
