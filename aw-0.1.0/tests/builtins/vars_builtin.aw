def f(a, b=2):
    c = a + b
    return vars()
print(f(1))
def g():
    pass
g.attr = 1
print(vars(g))
try:
    vars(5)
except TypeError as e:
    print(e)
