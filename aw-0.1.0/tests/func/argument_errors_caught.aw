def f(a, b=1, *, c):
    return a
for args, kwargs in [((), {'c': 1}), ((1, 2, 3), {'c': 1}), ((1,), {}),
                     ((1,), {'c': 1, 'd': 2}), ((1,), {'a': 1, 'c': 0})]:
    try:
        f(*args, **kwargs)
    except TypeError as e:
        print(e)
print(f(1, c=2))
