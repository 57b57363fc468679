class CM:
    def __init__(self, name, ret=False):
        self.name, self.ret = name, ret
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.ret
with CM("a") as a, CM("b") as b, CM("c") as c:
    print(a, b, c)
try:
    with CM("x"), CM("y", True), CM("z"):
        raise ValueError("v")
    print("y suppressed it")
except ValueError:
    print("escaped")
try:
    with CM("p"), CM("q"):
        raise KeyError("k")
except KeyError as e:
    print("caught", e)
