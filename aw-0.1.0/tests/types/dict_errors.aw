d = {}
for f in [lambda: d[[1]], lambda: d.update(1), lambda: {[]: 1}, lambda: dict([1, 2])]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
