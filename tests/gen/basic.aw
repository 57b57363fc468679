def g(n):
    for i in range(n):
        x = yield i
        if x is not None:
            print("got", x)
    return "done"

print(list(g(3)))
for v in g(2):
    print("v", v)
it = g(3)
print(next(it), it.send("a"), next(it))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
print(next(it, "default"))
print(type(g(1)).__name__, g.__name__, g(1).__name__)
