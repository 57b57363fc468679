# copy.copy makes a new outer container and shares the items
import copy

l = [1, [2, 3], {"a": 4}]
c = copy.copy(l)
print(c == l, c is l, c[1] is l[1], c[2] is l[2])
c[1].append(99)
print(l)
d = {"x": [1], "y": (2,)}
dc = copy.copy(d)
print(dc == d, dc is d, dc["x"] is d["x"])
s = {1, 2, 3}
sc = copy.copy(s)
print(sc == s, sc is s)
sc.add(4)
print(sorted(s), sorted(sc))
print(copy.copy([]) == [], copy.copy({}) == {}, copy.copy(set()) == set())
