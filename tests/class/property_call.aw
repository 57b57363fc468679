class A:
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 2
    x = property(getx, setx, None, "the x")
a = A()
a.x = 4
print(a.x, A.x.__doc__, A.x.fget.__name__, A.x.fdel)
p = property(fget=A.getx)
print(p.fset, p.fget is A.getx)
