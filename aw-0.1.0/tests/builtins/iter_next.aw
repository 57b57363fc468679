it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
print(iter(it) is it, list(iter("ab")), list(iter({"k": 1})), list(iter((4, 5))))
d = {"x": 1, "y": 2}
di = iter(d.items())
print(next(di), list(di))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
try:
    next([1])
except TypeError as e:
    print(e)
try:
    iter(42)
except TypeError as e:
    print(e)
