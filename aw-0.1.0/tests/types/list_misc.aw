print(list("abc"), list(range(3)), list({"a": 1, "b": 2}), list((1,)), list())
m = [[0] * 2 for _ in range(2)]
m[0][0] = 1
print(m, [[]] * 2)
a = [1, [2, 3], "s", 1.5, None, True]
print(a, len(a), a[1][0], a[-1], [1, 2] == [1, 2.0], [1, [2]] == [1, [2]])
a[1][1] = "changed"
print(a)
print([i for i in range(5)][-2:], list(map(str, [1, 2])), 3 in [1, 2, 3])
b = [1, 2, 3]
b += "ab"
print(b, b * 0, [None] * 3)
