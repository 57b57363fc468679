class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print("getattr", name)
        return getattr(self.target, name)
p = Proxy([1, 2, 3])
print(p.target)
print(p.count(2))
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)
