s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, slice(3), slice(None, 2))
print(list(range(10))[s], "abcdefgh"[slice(None, None, -1)], (1, 2, 3)[slice(1, None)])
print(slice(None, None, -1).indices(5), slice(1, 100).indices(10), slice(-3, None).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
a = [0, 1, 2, 3]
a[slice(0, 2)] = ["x"]
print(a)
