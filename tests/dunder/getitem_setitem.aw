class Grid:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        print("get", k)
        return self.d.get(repr(k), 0)
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[repr(k)] = v
    def __delitem__(self, k):
        print("del", k)
        del self.d[repr(k)]
g = Grid()
g[1, 2] = 5
print(g[1, 2], g[0])
g[1:3] = "s"
print(g[1:3])
g["x"] = 1
g["x"] += 10
print(g["x"])
del g[1, 2]
print(sorted(g.d))
