# defaultdict builds missing values with its factory
from collections import defaultdict
d = defaultdict(list)
for word in ["apple", "avocado", "banana"]:
    d[word[0]].append(word)
print(d)
print(dict(d), d["z"], len(d), "q" in d)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
print(isinstance(d, dict), type(d).__name__, d.default_factory)
n = defaultdict(None, a=1)
print(n)
try:
    n["missing"]
except KeyError as e:
    print("KeyError", e)
c = counts.copy()
print(type(c).__name__, c == counts, c.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], d.get("nope"), "nope" in d)
print(defaultdict(list, {"k": [1]}))
try:
    defaultdict(1)
except TypeError as e:
    print(e)
d.default_factory = set
print(d["s"])
