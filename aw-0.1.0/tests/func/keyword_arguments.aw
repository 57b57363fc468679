def f(a, b, c=3, d=4):
    return (a, b, c, d)
print(f(1, 2))
print(f(1, 2, d=40))
print(f(b=2, a=1))
print(f(1, c=30, b=20))
print(f(*[1, 2], **{'d': 'x'}))
