def f(x):
    return list(map(f, [x]))
try:
    f(0)
except RecursionError:
    print("RecursionError")
def g(x):
    return sorted([x], key=g)
try:
    g(0)
except RecursionError:
    print("RecursionError")
