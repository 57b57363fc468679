import math
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.00001), math.isclose(1, 1.1, abs_tol=0.2))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(1e10, 1e10 + 1))
print(math.isclose(a=1, b=1), math.isclose(1, 2, rel_tol=1), math.isclose(-1, 1, rel_tol=2))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print('ValueError', e)
try:
    math.isclose(1, 2, abs_tol=-0.1)
except ValueError as e:
    print('ValueError', e)
