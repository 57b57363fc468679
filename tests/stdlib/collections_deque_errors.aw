# deque errors as CPython reports them
from collections import deque
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3])
attempt(lambda: deque().pop())
attempt(lambda: deque().popleft())
attempt(lambda: d[5])
attempt(lambda: d["a"])
attempt(lambda: d.remove(9))
attempt(lambda: d.index(9))
attempt(lambda: deque([1], 1).insert(0, 2))
attempt(lambda: deque([1], -1))
attempt(lambda: deque(1))
attempt(lambda: d + [1])
def mutate():
    dd = deque([1, 2])
    for x in dd:
        dd.append(3)
attempt(mutate)
try:
    hash(d)
except TypeError:
    print("unhashable")
