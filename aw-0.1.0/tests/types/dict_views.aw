d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["c"] = 3
print(k, len(v), ("c", 3) in it, "c" in k, 3 in v)
del d["a"]
print(list(k), list(v), list(it))
print(sorted(d.keys() & {"b", "x"}), sorted(d.keys() | {"x"}), sorted(d.keys() - {"b"}))
print(list(reversed(d)), list(reversed(d.values())))
for key, val in d.items():
    print(key, val)
