print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")), hash(b"x") == hash(b"x"))
print(hash(5), hash(-7), hash(2 ** 61 - 1), hash(2.5) == hash(2.5), hash(10 ** 20) == hash(float(10 ** 20)))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(None) == hash(None), type(hash("s")).__name__)
for v in [[], {}, set()]:
    try:
        hash(v)
    except TypeError as e:
        print(e)
