def f(a, **kw):
    return a, kw
print(f(1), f(1, b=2, c=3), f(a=0, z=1))
print(f(**{'a': 5, 'x-y': 6}))
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
def both(*a, **k):
    return a, k
print(both(1, *[2], x=1, **{'y': 2}))
