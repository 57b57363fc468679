for v in [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), None, True, range(1), slice(1), len, print]:
    print(type(v), type(v).__name__)
def f(): pass
print(type(f), type(lambda: 0).__name__, type(type), type(int))
print(type(ValueError()).__name__, type(KeyError).__name__)
