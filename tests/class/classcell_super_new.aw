class A:
    def __new__(cls, *a):
        obj = super().__new__(cls)
        obj.made_by = cls.__name__
        return obj
class B(A):
    def __init__(self, v):
        self.v = v
b = B(5)
print(b.made_by, b.v, __class__ if False else "ok")
