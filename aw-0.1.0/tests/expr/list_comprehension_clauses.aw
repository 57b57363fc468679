print([x * y for x in range(1, 4) for y in range(x) if y % 2 == 0])
print([(x, y) for x in range(3) if x for y in "ab" if y != 'a' or x == 1])
print([[j for j in range(i)] for i in range(4)])
print([c.upper() for w in ["ab", "cd"] for c in w])
m = [[1, 2], [3, 4]]
print([row[i] for i in range(2) for row in m])
