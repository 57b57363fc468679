print(list(enumerate("abc")), list(enumerate(["x", "y"], start=1)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, "a"), (2, "b")])))
for i, (a, b) in enumerate(zip("xy", [10, 20]), 100):
    print(i, a, b)
print(dict(zip(["k1", "k2"], [1, 2])))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
