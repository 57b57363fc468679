# Geometry and number theory with the math module: distances, angles,
# polygons, integer functions, special values and rounding.
import math


class P:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def dist(self, other):
        return math.hypot(other.x - self.x, other.y - self.y)

    def angle_to(self, other):
        return math.degrees(math.atan2(other.y - self.y, other.x - self.x))

    def rotate(self, degrees):
        a = math.radians(degrees)
        return P(round(self.x * math.cos(a) - self.y * math.sin(a), 9),
                 round(self.x * math.sin(a) + self.y * math.cos(a), 9))

    def __repr__(self):
        return f"P({self.x:g}, {self.y:g})"


def polygon_area(pts):
    s = 0
    for a, b in zip(pts, pts[1:] + pts[:1]):
        s += a.x * b.y - b.x * a.y
    return abs(s) / 2


o, a, b = P(0, 0), P(3, 4), P(-1, 1)
print(o.dist(a), a.dist(b), o.angle_to(a), o.angle_to(b), round(o.angle_to(P(0, -1)), 6))
print(a.rotate(90), P(1, 0).rotate(45), P(2, 0).rotate(180))
square = [P(0, 0), P(2, 0), P(2, 2), P(0, 2)]
print(polygon_area(square), polygon_area([P(0, 0), P(4, 0), P(0, 3)]))
hexagon = [P(math.cos(math.pi / 3 * k), math.sin(math.pi / 3 * k)) for k in range(6)]
print(round(polygon_area(hexagon), 10), round(3 * math.sqrt(3) / 2, 10))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.isqrt(10 ** 20 + 1), math.pow(2, 0.5), math.exp(1) == math.e)
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.sin(0), math.cos(0), math.tan(math.pi / 4), math.asin(1), math.acos(1), math.atan(1))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(-2.5), round(3.5), round(2.675, 2))
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(7, -3), 7 % -3, math.modf(3.25))
print(math.gcd(84, 36), math.gcd(0, 5), math.lcm(4, 6), math.factorial(20))
print(math.comb(52, 5), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1e-10, 0, abs_tol=1e-9))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.nan == math.nan)
print(math.dist([0, 0], [3, 4]), math.hypot(1, 2, 2), math.degrees(math.pi), math.radians(180) == math.pi)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1),
            lambda: math.acos(2), lambda: math.factorial(2.5)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)


def primes_upto(n):
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, math.isqrt(n) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(sieve) if p]


ps = primes_upto(100)
print(len(ps), ps[-5:], math.prod(ps[:5]))
print([n for n in range(2, 30) if math.gcd(n, 30) == 1])
golden = (1 + math.sqrt(5)) / 2
print(round(golden, 12), [round(golden ** n / math.sqrt(5)) for n in range(1, 12)])
print(f"{math.pi:.3f} {math.e:10.5f} {1e21:g} {math.sqrt(0.5):.2e}")
