class C:
    pass
c = C()
object.__setattr__(c, "v", 3)
print(c.v, object.__getattribute__(c, "v"))
try:
    object.__getattribute__(c, "w")
except AttributeError as e:
    print(e)
object.__delattr__(c, "v")
print(hasattr(c, "v"))
try:
    setattr(object(), "v", 3)
except AttributeError as e:
    print(e)
try:
    setattr(list, "v", 3)
except TypeError as e:
    print(e)
print(C.__init_subclass__())
