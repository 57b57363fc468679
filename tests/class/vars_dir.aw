class Base:
    b = 1
    def bm(self):
        pass
class C(Base):
    c = 2
    def __init__(self):
        self.i = 3
c = C()
print(vars(c))
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(C) if not n.startswith("__")])
print("__init__" in dir(c), "__class__" in dir(c))
try:
    vars(1)
except TypeError as e:
    print(e)
