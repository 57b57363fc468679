class Base:
    def __init__(self, a):
        self.a = a
        print("Base init", a)
class Mid(Base):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
class Leaf(Mid):
    def __init__(self):
        super().__init__(1, 2)
        self.c = 3
x = Leaf()
print(x.a, x.b, x.c)
