class CM:
    def __init__(self, name, ret=False):
        self.name, self.ret = name, ret
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.ret

def f(x):
    with CM("r"):
        if x:
            return "early"
        print("late path")
    return "late"
print(f(True))
print(f(False))
def g():
    with CM("a"):
        with CM("b"):
            return "nested"
print(g())
def h():
    try:
        with CM("t"):
            return "from with"
    finally:
        print("finally")
print(h())
