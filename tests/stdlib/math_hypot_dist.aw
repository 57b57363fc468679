import math
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(*range(20)))
xs = [1.1, 2.2, 3.3, 4.4, 5.5, 1e-300, 1e300, 3e-310]
for i in range(len(xs)):
    for j in range(i, len(xs)):
        print(math.hypot(xs[i], xs[j]), math.hypot(xs[i], xs[j], 0.7), math.dist((xs[i], 1.0), (xs[j], -2.5)))
print(math.hypot(5e-324, 5e-324), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.dist([0, 0], [3, 4]), math.dist((1, 2, 3), [4, 5, 6]), math.dist([], []))
for call in [lambda: math.hypot('a'), lambda: math.dist([1], [1, 2]), lambda: math.dist(1, 2), lambda: math.dist([1])]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
