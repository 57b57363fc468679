add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda *a, **k: (a, k))(1, 2, x=3))
print((lambda: 42)())
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, len)([1, 2, 3]), repr(compose(str, len)("ab")))
print(add.__name__)
print(sorted([3, -1, 2], key=lambda v: abs(v)))
