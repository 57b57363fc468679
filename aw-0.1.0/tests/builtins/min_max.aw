print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("hello"), min("b", "a", "c"), max((1, 2), (1, 3)))
print(min([1, -3, 2], key=abs), max(["aa", "b", "ccc"], key=len), max([], default="empty"), min([], default=None))
print(max([1, 3, 3.0], key=lambda x: x), max(["a", "B"], key=str.lower), min(1, 1.0), max(1.0, 1))
print(max([("b", 1), ("a", 2)], key=lambda p: p[1]), min({3: "x", 1: "y"}), max(range(10)))
for f in [lambda: min([]), lambda: max(1), lambda: min(1, "a")]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
