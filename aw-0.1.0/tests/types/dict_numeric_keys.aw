d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d[2 ** 64] = "big"
print(d[2.0 ** 64], d[1], -0.0 in {0: 1})
s = {1, 1.0, True}
print(len(s))
print({0: "a"}[False], {(1, 2): 3}[(1.0, 2.0)])
