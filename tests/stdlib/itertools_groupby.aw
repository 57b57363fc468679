# groupby groups consecutive items by key
from itertools import groupby
print([(k, list(g)) for k, g in groupby("aaabbcaa")])
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
print([k for k, g in groupby([1, 1, 2, 3, 3, 3])])
# a group is only valid until the groupby moves on
groups = list(groupby("aabb"))
print([(k, list(g)) for k, g in groups])
g = groupby([])
print(list(g))
it = groupby([1, 1, 2], key=lambda x: x % 2)
k, grp = next(it)
print(k, next(grp), next(grp))
print(list(grp))
print(next(it)[0])
