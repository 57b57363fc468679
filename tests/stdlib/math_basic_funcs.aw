import math
for x in [0.1, 0.5, 1, 2, 10, 100, 12345.678]:
    print(x, math.sqrt(x), math.exp(x if x < 700 else 1), math.log(x), math.log2(x), math.log10(x), math.log1p(x))
for x in [0.1, 0.5, 0.9, -0.9, 0.0]:
    print(math.sin(x), math.cos(x), math.tan(x), math.asin(x), math.acos(x), math.atan(x))
    print(math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x), math.atanh(x), math.acosh(1 + x * x))
print(math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(math.inf, -math.inf), math.atan2(0.0, 0.0))
print(math.expm1(1e-10), math.exp2(10), math.cbrt(27), math.cbrt(-8), math.fabs(-3), math.copysign(3, -0.0))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
print(math.sqrt(True), math.exp(False), math.log(math.e), math.log(8, 2), math.log(100, 10))
