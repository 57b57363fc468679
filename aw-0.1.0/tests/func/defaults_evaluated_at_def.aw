n = 1
def f(x=n):
    return x
n = 2
print(f(), f(5))
def g(lst=[]):
    lst.append(len(lst))
    return lst
print(g(), g(), g([9]), g())
def h(a, b=n * 10, c=None):
    return a, b, c
print(h(0))
print(f.__defaults__, h.__defaults__)
