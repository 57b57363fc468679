class Loud:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "hidden"
        print("get", name)
        return object.__getattribute__(self, name)
l = Loud()
print(l.x)
print(l.secret)
try:
    l.missing
except AttributeError as e:
    print(e)
