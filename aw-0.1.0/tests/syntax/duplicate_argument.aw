print("never printed")
def f(a, b, a):
    pass
