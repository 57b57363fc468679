t = (1, "a", [2])
print(t, len(t), t[1], t[-1], t[1:], (), (1,), tuple(), tuple("ab"), tuple([1, 2]))
print(t.count(1), t.index("a"), (1, 2) + (3,), (0,) * 3, 1 in t)
t[2].append(3)
print(t)
try:
    t[0] = 5
except TypeError as e:
    print(e)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 9), hash((1, 2)) == hash((1, 2)))
a, b = (1, 2)
print(a, b, type(()).__name__, ((1, 2), (3,)), (1, (2, (3,))))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
x = 1, 2, 3
print(x, type(x) is tuple)
