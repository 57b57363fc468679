# a bounded deque drops items from the opposite end
from collections import deque
d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d, d.maxlen)
d.appendleft(10)
print(d)
d.extend([7, 8])
print(d)
print(deque([1, 2, 3, 4], 2), deque(maxlen=0), deque([1]).maxlen)
z = deque(maxlen=0)
z.append(1)
print(z)
def last_lines(lines, n):
    return list(deque(lines, maxlen=n))
print(last_lines(["a", "b", "c", "d"], 2))
