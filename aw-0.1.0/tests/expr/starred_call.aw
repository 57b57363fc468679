def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(*[1, 2], 3, *(4,), *"ab"))
print(f(**{'a': 1}, b=2, **{'c': 3}))
print(f(*range(3), **dict(x=1)))
print(*[1, 2, 3], sep="-")
print(*[])
print(*"xyz")
