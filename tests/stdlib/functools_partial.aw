# functools.partial: stored arguments, keyword merging, nesting
from functools import partial

p = partial(int, base=2)
print(p("101"), p.func is int, p.args, p.keywords)

def f(a, b, c=0, *, d=1):
    return (a, b, c, d)

p1 = partial(f, 1)
p2 = partial(p1, 2, d=5)
print(p2(), p2(3), p2(3, d=9))
print(p2.args, p2.keywords, p2.func is f)
print(partial(f, d=3)(1, 2, d=4))

p3 = partial(f, 1)
p3.attr = "x"
print(p3.attr, p3.__dict__)
p4 = partial(p3, 2)
print(p4.func is p3, p4.args, p4(3))

print(list(map(partial(pow, 2), range(5))))
print(callable(p1), type(p1).__name__)
try:
    p1()
except TypeError as e:
    print(e)
