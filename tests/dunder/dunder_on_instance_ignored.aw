class A:
    def __len__(self): return 1
    def __repr__(self): return "class repr"
a = A()
a.__len__ = lambda: 99
a.__repr__ = lambda: "instance repr"
print(len(a), repr(a), a.__len__(), a.__repr__())
