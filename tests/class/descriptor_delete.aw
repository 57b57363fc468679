class D:
    def __get__(self, o, t):
        return 1
    def __delete__(self, o):
        print("delete called")
class C:
    x = D()
c = C()
del c.x
print(c.x)
