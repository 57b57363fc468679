def f(a, *, key, other=0):
    return a, key, other
print(f(1, key=2), f(1, other=5, key=3))
def g(*args, sep="-", end="."):
    return sep.join(args) + end
print(g("a", "b"), g("a", "b", sep="+", end="!"))
