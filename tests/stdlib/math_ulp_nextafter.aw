import math
print(math.ulp(1.0), math.ulp(0.0), math.ulp(math.inf), math.ulp(-5e-324), math.ulp(1.7976931348623157e308))
print(math.ulp(1e300), math.ulp(5e-324), math.ulp(-1.0), math.ulp(2 ** 52), math.isnan(math.ulp(math.nan)))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(0.0, 1.0))
print(math.nextafter(1e308, math.inf), math.nextafter(math.inf, 0), math.nextafter(3, 3), math.nextafter(-0.0, 0.0))
