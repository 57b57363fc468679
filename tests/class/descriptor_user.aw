class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("must be int")
        setattr(obj, self.name, value)
class P:
    x = Typed()
    y = Typed()
p = P()
p.x = 5
print(p.x, p.y, type(P.x).__name__)
try:
    p.y = "s"
except TypeError as e:
    print(e)
print(sorted(vars(p)))
