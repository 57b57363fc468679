class A:
    def __add__(self, o):
        print("add")
        return NotImplemented
    def __radd__(self, o):
        print("radd")
        return 1
try:
    A() + A()
except TypeError as e:
    print(e)
class B(A): pass
print(A() + B())
