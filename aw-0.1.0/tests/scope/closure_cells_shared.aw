def make():
    n = 0
    def inc():
        nonlocal n
        n += 1
    def get():
        return n
    return inc, get
inc, get = make()
inc(); inc()
print(get())
inc2, get2 = make()
inc2()
print(get(), get2())
