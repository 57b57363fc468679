class CM:
    def __init__(self, name, ret=False):
        self.name, self.ret = name, ret
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.ret

with CM("a") as x:
    print("body", x)
with CM("b"):
    print("no target")
print("after")
