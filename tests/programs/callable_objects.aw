# Objects with __call__: a polynomial, a memoizing decorator class, a
# counter, a pipeline of callables, and callable() on all kinds of things.


class Polynomial:
    def __init__(self, *coeffs):
        # coeffs[i] is the coefficient of x**i
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs = coeffs[:-1]
        self.coeffs = coeffs

    def __call__(self, x):
        result = 0
        for c in reversed(self.coeffs):
            result = result * x + c
        return result

    def derivative(self):
        return Polynomial(*[i * c for i, c in enumerate(self.coeffs)][1:] or [0])

    def __add__(self, other):
        n = max(len(self.coeffs), len(other.coeffs))
        a = self.coeffs + (0,) * (n - len(self.coeffs))
        b = other.coeffs + (0,) * (n - len(other.coeffs))
        return Polynomial(*[x + y for x, y in zip(a, b)])

    def __mul__(self, other):
        out = [0] * (len(self.coeffs) + len(other.coeffs) - 1)
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(other.coeffs):
                out[i + j] += a * b
        return Polynomial(*out)

    def __repr__(self):
        terms = []
        for i in range(len(self.coeffs) - 1, -1, -1):
            c = self.coeffs[i]
            if c == 0 and len(self.coeffs) > 1:
                continue
            term = {0: f"{c}", 1: f"{c}x"}.get(i, f"{c}x^{i}")
            terms.append(term)
        return " + ".join(terms).replace("+ -", "- ")


class Memoize:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.__name__ = fn.__name__

    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]


@Memoize
def paths(r, c):
    """Lattice paths in an r x c grid."""
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, step=1):
        self.n += step
        return self.n


class Pipeline:
    def __init__(self, *steps):
        self.steps = steps

    def __call__(self, value):
        for step in self.steps:
            value = step(value)
        return value

    def __or__(self, step):
        return Pipeline(*self.steps, step)


p = Polynomial(1, -3, 0, 2)   # 2x^3 - 3x + 1
print(p, "|", p.derivative(), "|", p.derivative().derivative())
print([p(x) for x in range(-2, 3)], p(0.5))
q = Polynomial(1, 1)
print(q * q * q, "|", p + q, "|", Polynomial(0, 0, 0), "|", Polynomial(5).derivative())
print(paths(10, 10), len(paths.cache), paths.__name__, type(paths).__name__)
c = Counter()
print(c(), c(), c(10), c.n)
clean = Pipeline(str.strip, str.lower) | (lambda s: s.replace(" ", "_")) | len
print(Pipeline(str.strip, str.lower)("  Hello World "), clean("  Hello World "))
print([callable(x) for x in (p, c, paths, Counter, len, lambda: 0, 3, "s", str.upper, c.__call__)])
print(sorted(["bb", "a", "ccc"], key=Pipeline(len, lambda n: -n)))
print(list(map(Polynomial(0, 0, 1), range(5))))
try:
    Polynomial(1)()
except TypeError as e:
    print("TypeError:", e)
try:
    p.coeffs()
except TypeError as e:
    print("TypeError:", e)
c.__call__ = lambda: "instance attribute is ignored by call syntax"
print(c(), c.__call__())
