import math
for x in [2.5, -2.5, 0.5, -0.5, 3.0, -0.0, 1e20, -1e20, 2.0**63, -2.0**63, 1e300, 7, -7, 2**70, True]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x))
print(type(math.floor(2.0)).__name__, type(math.ceil(True)).__name__)
for bad in [math.inf, -math.inf, math.nan, 'x', None]:
    for f in [math.floor, math.ceil, math.trunc]:
        try:
            f(bad)
        except Exception as e:
            print(type(e).__name__, e)
