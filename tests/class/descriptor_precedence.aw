class Data:
    def __get__(self, o, t):
        return "data"
    def __set__(self, o, v):
        print("set through descriptor")
class NonData:
    def __get__(self, o, t):
        return "nondata"
class C:
    d = Data()
    n = NonData()
c = C()
c.__dict__["d"] = "instance d"
c.__dict__["n"] = "instance n"
print(c.d, c.n)
c.d = 1
print(c.__dict__["d"])
