def inner():
    yield 1
    yield 2
    return "inner-ret"

def outer():
    r = yield from inner()
    print("r =", r)
    yield from [10, 20]
    yield from (c for c in "ab")
    yield 3

print(list(outer()))

def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    return r + 1

d = deep(500)
print(next(d))
try:
    next(d)
except StopIteration as e:
    print("depth", e.value)

def echo():
    while True:
        x = yield
        if x is None:
            return "bye"
        print("echo", x)

def relay():
    r = yield from echo()
    print("relay got", r)
    yield "after"

r = relay()
next(r)
r.send(1)
r.send(2)
print(r.send(None))
