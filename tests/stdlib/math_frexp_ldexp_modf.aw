import math
for x in [0.0, -0.0, 8.0, -3.5, 1e-320, 1e300, 0.1, math.inf, -math.inf]:
    print(x, math.frexp(x), math.modf(x))
print(math.frexp(math.nan), math.modf(math.nan))
print(math.ldexp(0.75, -1074), math.ldexp(0.5, 1024), math.ldexp(1.0, -10**30), math.ldexp(-1.0, -2000), math.ldexp(3, 4), math.ldexp(1, True))
for x in [0.1, 123.456, -7.25, 1e-310]:
    m, e = math.frexp(x)
    print(math.ldexp(m, e) == x)
