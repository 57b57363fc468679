def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 10
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def shadow():
    x = "outer"
    def f():
        x = "local"
        return x
    f()
    return x
print(shadow())
