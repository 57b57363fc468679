print(len("abc"), len("日本"), len(b"\x00\x01"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}))
print(len(frozenset()), len(range(0, 10, 3)), len(""), len([[]]), len({}.keys()), len(dict(a=1).items()))
try:
    len(1.5)
except TypeError as e:
    print(e)
