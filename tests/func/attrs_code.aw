# a minimal __code__
def f(a, b, *args, c, **kw):
    x = 1
    return x

c = f.__code__
print(c.co_name, c.co_argcount, c.co_kwonlyargcount, c.co_posonlyargcount)
print(c.co_varnames)
print(type(c).__name__, c.co_firstlineno)

def g(p, /, q):
    return p
print(g.__code__.co_posonlyargcount, g.__code__.co_varnames)
