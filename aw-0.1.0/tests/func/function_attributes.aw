def documented(a, b=2):
    """Adds things."""
    return a + b
def plain():
    pass
print(documented.__name__, documented.__doc__, plain.__doc__)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__)
print((lambda: 0).__name__)
documented.custom = "value"
print(documented.custom, documented.__dict__)
print(callable(documented), type(documented).__name__)
