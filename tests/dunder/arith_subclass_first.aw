class Base:
    def __add__(self, o):
        print("Base.add")
        return "base"
    def __radd__(self, o):
        print("Base.radd")
        return "base r"
class Sub(Base):
    def __radd__(self, o):
        print("Sub.radd")
        return "sub r"
print(Base() + Sub())
print(Sub() + Base())
class Same(Base): pass
print(Base() + Same())
class Sub2(Base):
    def __radd__(self, o):
        print("Sub2.radd")
        return NotImplemented
print(Base() + Sub2())
