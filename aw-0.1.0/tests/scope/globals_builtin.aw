g = globals()
print(g['__name__'], __name__)
g['injected'] = 123
print(injected)
x = 1
def f():
    return globals()['x']
print(f())
print(type(g).__name__, 'f' in g, 'print' in g)
