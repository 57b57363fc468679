import math
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([0.1, 0.2, 0.3, -0.6]))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([i / 7 for i in range(1000)]), math.fsum([(-1) ** i / (i + 1) for i in range(1000)]))
print(math.fsum([]), math.fsum((1, 2, 3)), math.fsum(range(10)), math.fsum([math.inf, 1]), math.fsum([math.nan, 1]))
for bad in [[1e308, 1e308], [math.inf, -math.inf], ['a'], 5]:
    try:
        math.fsum(bad)
    except Exception as e:
        print(type(e).__name__, e)
