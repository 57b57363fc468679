d = {}
d["z"] = 1; d["a"] = 2; d[3] = 3; d[(1, 2)] = 4; d[None] = 5; d[1.5] = 6
print(d)
del d["a"]
d["a"] = 7
print(d, list(d))
d["z"] = 100
print(d)
print({1: "a", 1.0: "b", True: "c"}, {"q": 'it\'s', 'nested': {"x": [1, {2: 3}]}})
print({}, {"": ""}, dict(), repr({"é": "ñ"}))
print({1: 1, 2: 2} == {2: 2, 1: 1}, {1: 1} == {1: 1.0}, {1: 2} != {1: 3})
