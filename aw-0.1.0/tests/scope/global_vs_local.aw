x = "global"
def read():
    return x
def write():
    x = "local"
    return x
def both():
    global x
    old = x
    x = "changed"
    return old
print(read(), write(), x)
print(both(), x, read())
