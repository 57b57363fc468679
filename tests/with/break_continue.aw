class CM:
    def __init__(self, name, ret=False):
        self.name, self.ret = name, ret
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.ret

for i in range(4):
    with CM(i):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
print("done")
i = 0
while True:
    with CM("w%d" % i):
        i += 1
        if i > 1:
            break
