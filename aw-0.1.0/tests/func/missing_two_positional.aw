def f(a, b, c=1):
    return a
f()
