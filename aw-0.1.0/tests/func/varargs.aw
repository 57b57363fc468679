def f(first, *rest):
    return first, rest
print(f(1), f(1, 2, 3), f(*"abc"))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(5)))
def g(*args):
    args_type = type(args).__name__
    return args_type, len(args)
print(g(), g(None))
