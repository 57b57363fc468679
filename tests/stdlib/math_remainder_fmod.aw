import math
for a in [7.0, 7.5, -7.5, 6.5, 1e300, 3.0, 5e-324, -0.0]:
    for b in [2.0, 1.5, -2.0, 0.3, 1e-300, math.inf]:
        print(a, b, math.remainder(a, b), math.fmod(a, b))
print(math.remainder(math.nan, 1), math.fmod(5, math.inf), math.fmod(-5, math.inf), math.remainder(3, math.inf))
