import math
for f, x in [(math.exp, 1000), (math.cosh, 1000), (math.sinh, -1000), (math.expm1, 1000), (math.exp2, 2000)]:
    try:
        f(x)
    except OverflowError as e:
        print(f.__name__, 'OverflowError', e)
print(math.exp(-1000), math.expm1(-1000), math.exp2(-2000))
for args in [(10, 400), (2, 1024), (-10, 401)]:
    try:
        math.pow(*args)
    except OverflowError as e:
        print('pow', 'OverflowError', e)
for args in [(1.0, 2000), (1.0, 10**30), (0.5, 1025)]:
    try:
        math.ldexp(*args)
    except OverflowError as e:
        print('ldexp', 'OverflowError', e)
for f in [math.sqrt, math.isinf, math.sin]:
    try:
        f(10**400)
    except OverflowError as e:
        print(f.__name__, 'OverflowError', e)
