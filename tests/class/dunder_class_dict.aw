class A:
    def __init__(self):
        self.x = 1
a = A()
print(a.__class__ is A, a.__class__.__name__)
print(a.__dict__)
a.__dict__["y"] = 2
print(a.y)
a.__dict__ = {"z": 3}
print(a.z, vars(a))
print(type(A.__dict__["__init__"]).__name__)
