class A:
    def m(self):
        return "method"
objs = [A() for _ in range(4)]
objs[2].m = lambda: "instance"
print([o.m() for o in objs])
