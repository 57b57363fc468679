# OrderedDict: move_to_end, popitem(last=), ordered equality
from collections import OrderedDict
od = OrderedDict()
od["a"] = 1
od["b"] = 2
od["c"] = 3
print(od)
od.move_to_end("a")
print(list(od))
od.move_to_end("c", last=False)
print(list(od), od)
print(od.popitem(), od.popitem(last=False), od)
x = OrderedDict([("a", 1), ("b", 2)])
y = OrderedDict([("b", 2), ("a", 1)])
print(x == y, dict(x) == dict(y), x == dict(y), isinstance(x, dict))
print(OrderedDict(), OrderedDict(a=1), x.copy(), type(x.copy()).__name__)
print(list(reversed(x)), x.get("a"), x["b"])
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    x.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
