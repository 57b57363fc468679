class A:
    x = 1
    def __init__(self):
        self.y = 2
a = A()
print(getattr(a, "x"), getattr(a, "y"), getattr(a, "z", "dflt"))
setattr(a, "z", 3)
print(hasattr(a, "z"), a.z)
delattr(a, "z")
print(hasattr(a, "z"))
setattr(A, "w", 9)
print(a.w)
