gen = (x * x for x in range(5))
print(sum(gen))
print(sum(gen))
print(list(x for x in range(10) if x % 3 == 0))
print(max((len(w), w) for w in "the quick brown fox".split()))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
print(dict((k, k * 2) for k in "abc"))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in []))
print(sorted((-x for x in [3, 1, 2])))
def firstn(n):
    i = 0
    while True:
        if i >= n:
            return
        yield i
        i += 1
print([x + y for x, y in zip(firstn(3), firstn(5))])
print(list(enumerate(firstn(3), 1)))
print("-".join(str(i) for i in firstn(4)))
a, b, c = firstn(3)
print(a, b, c)
print(*firstn(3))
