class A:
    def m(self):
        return "old"
a = A()
print(a.m())
A.m = lambda self: "new"
print(a.m())
def extra(self):
    return "extra"
A.extra = extra
print(a.extra())
del A.m
try:
    a.m()
except AttributeError as e:
    print(e)
