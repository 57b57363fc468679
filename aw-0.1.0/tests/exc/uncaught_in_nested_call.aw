def a():
    b()
def b():
    c()
def c():
    print("deep")
    raise LookupError("from c")
a()
