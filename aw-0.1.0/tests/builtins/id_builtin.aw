a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__, id(a) == id(a))
def f():
    pass
print(id(f) == id(f), id(None) == id(None))
