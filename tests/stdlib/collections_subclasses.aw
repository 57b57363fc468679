# classes derived from the C types of collections and functools
from collections import deque, Counter, defaultdict, OrderedDict
from functools import partial
class D(deque):
    def peek(self): return self[-1]
d = D([1, 2], maxlen=5); d.append(3); print(d, d.peek(), type(d).__name__, isinstance(d, deque))
class C(Counter):
    pass
c = C("aab"); print(c, c["z"], c + C("b"), type(c + c).__name__)
class DD(defaultdict):
    pass
x = DD(list); x["a"].append(1); print(x, x.default_factory)
class O(OrderedDict):
    pass
o = O(a=1, b=2); o.move_to_end("a"); print(o, list(o))
class P(partial):
    pass
p = P(max, 1); print(p(5), type(p).__name__)
