data = [("b", 2), ("a", 2), ("c", 1), ("d", 3)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(sorted("bca"), sorted((3, 1, 2), reverse=True), sorted({"b": 1, "a": 2}), sorted([]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
original = [3, 1, 2]
s = sorted(original)
print(original, s, s is original)
try:
    reversed(5)
except TypeError as e:
    print(e)
try:
    sorted([1], 1)
except TypeError as e:
    print("TypeError")
