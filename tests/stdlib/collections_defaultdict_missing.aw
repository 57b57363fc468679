# __missing__ and the dict methods on a defaultdict
from collections import defaultdict
d = defaultdict(lambda: "dflt")
print(d["x"], d.get("y"), "y" in d, d.setdefault("z", 1), dict(d))
print(d.__missing__("w"), d["w"])
print(d.pop("x"), list(d.keys()), len(d))
d.update({"q": 2}, r=3)
print(sorted(d.items()))
g = defaultdict(int, [("a", 1)])
g["b"] += 5
print(g, g == {"a": 1, "b": 5})
