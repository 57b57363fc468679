print(repr(1), repr(1.0), repr("s"), repr(b"b"), repr([1, "a"]), repr((1,)), repr({"k": 1.5}))
print(repr(None), repr(True), repr(range(3)), repr(-0.0), repr("\n"), repr(set()), repr({1}))
print(repr(frozenset({1})), repr(slice(1, 2)), repr(int), repr(ValueError("x")), repr(print))
print(repr(repr("a")), str(repr(3)), repr(str(3)))
