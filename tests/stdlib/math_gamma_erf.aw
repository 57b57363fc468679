import math
vals = [0.5, 1.5, 2.5, 3.7, 10.1, 25.5, 99.9, 140.5, 150.2, 170.9, -0.5, -1.5, -3.7, -10.1, -150.5, -180.7, 1e-10, 4.999, 5.0001, 33.3, 1e-25, -201.5]
for v in vals:
    print(v, math.gamma(v), math.lgamma(v), math.erf(v), math.erfc(v))
print([math.gamma(n) for n in range(1, 25)])
print([math.lgamma(n) for n in range(1, 12)])
for bad in [0, -1, -2.0, 200, -math.inf]:
    try:
        print(math.gamma(bad))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [0, -3]:
    try:
        print(math.lgamma(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(math.gamma(math.inf), math.lgamma(-math.inf), math.erf(math.inf), math.erfc(-math.inf))
