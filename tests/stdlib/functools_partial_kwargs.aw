# keywords stored in a partial are overridden by the call's
from functools import partial
def show(a, b=0, **rest):
    return (a, b, sorted(rest.items()))
p = partial(show, b=1, x=2)
print(p(0), p(0, b=9), p(0, x=3, y=4))
print(p.keywords)
q = partial(p, y=5)
print(q(1), q.keywords, q.func is show)
print(partial(sorted, key=len)(["ccc", "a", "bb"]))
