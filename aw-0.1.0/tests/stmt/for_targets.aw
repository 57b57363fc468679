for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for i, (x, y) in enumerate(["ab", "cd"]):
    print(i, x, y)
d = {}
for d['key'] in range(3):
    pass
print(d)
lst = [0, 0]
for lst[0] in "xy":
    pass
print(lst)
for ch in "héllo":
    print(ch, end=".")
print()
for k in {'b': 1, 'a': 2}:
    print(k)
