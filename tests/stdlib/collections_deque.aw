# deque: both ends, indexing, iteration, repr, equality
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([7, 8])
print(d, list(d), list(reversed(d)))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d[1] = "x"
del d[0]
print(d, d.count("a"), d.index("b"))
d.insert(1, "ins")
d.remove("x")
print(d)
d.reverse()
print(d, d.copy(), d == d.copy(), d == list(d), d != deque())
d.clear()
print(d, bool(d), deque() == deque([]))
big = deque()
for i in range(100):
    big.append(i)
    big.appendleft(-i)
print(len(big), big[0], big[-1], sum(big))
for i in range(150):
    big.popleft()
print(list(big)[:5], len(big))
print(deque("ab") + deque("cd"), deque([1]) * 3, deque([1, 2]) < deque([1, 3]))
e = deque([1])
e += [2, 3]
print(e)
