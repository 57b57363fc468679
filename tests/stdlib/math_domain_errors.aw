import math
calls = [
    (math.sqrt, -1), (math.log, 0), (math.log, -1), (math.acos, 2), (math.asin, -2), (math.atanh, 1),
    (math.acosh, 0.5), (math.log1p, -1), (math.log1p, -2), (math.log2, 0), (math.log10, -1),
    (math.sin, math.inf), (math.cos, -math.inf), (math.tan, math.inf),
]
for f, x in calls:
    try:
        f(x)
        print('no error', f.__name__)
    except ValueError as e:
        print(f.__name__, 'ValueError', e)
for f, args in [(math.pow, (0, -1)), (math.pow, (-8, 1 / 3)), (math.fmod, (1, 0)), (math.fmod, (math.inf, 1)),
                (math.remainder, (5, 0)), (math.remainder, (math.inf, 2)), (math.atan2, (1, 1))]:
    try:
        print(f.__name__, f(*args))
    except ValueError as e:
        print(f.__name__, 'ValueError', e)
