try:
    class A:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print(e)
try:
    class B:
        __slots__ = (1,)
except TypeError as e:
    print(e)
try:
    class C(tuple):
        __slots__ = ("a",)
except TypeError as e:
    print(e)
class D:
    __slots__ = "single"
d = D()
d.single = 5
print(d.single)
class E:
    __slots__ = ("__private",)
    def __init__(self):
        self.__private = 1
    def get(self):
        return self.__private
print(E().get(), "_E__private" in dir(E))
