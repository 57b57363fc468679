f = frozenset([3, 1, 2])
print(sorted(f), len(f), 2 in f, type(f).__name__, frozenset(), frozenset({5}))
print(sorted(f | {4}), type(f | {4}).__name__, type({4} | f).__name__, sorted(f & {1, 9}))
d = {f: "frozen key", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
print(f == {1, 2, 3}, hash(f) == hash(frozenset([1, 2, 3])), {frozenset({1}), frozenset({1})})
try:
    f.add(4)
except AttributeError as e:
    print(e)
