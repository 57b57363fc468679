def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(1))
def outer():
    a = 1
    def mid():
        def inner():
            return a
        return inner
    return mid()()
print(outer())
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def bound():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i)
    return [f() for f in fs]
print(bound())
def rebind():
    v = "first"
    def get():
        return v
    v = "second"
    return get()
print(rebind())
