def show(*args, **kwargs):
    print(args, kwargs)
def v(x):
    print("eval", x)
    return x
show(v(1), *[v(2)], k=v(3), **{'z': v(4)})
