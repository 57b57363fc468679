# subclasses of list, dict and exceptions, and classes with __slots__
import copy

class MyList(list):
    pass

ml = MyList([1, [2]])
ml.tag = "t"
mc = copy.copy(ml)
md = copy.deepcopy(ml)
print(type(mc).__name__, list(mc), mc.tag, mc[1] is ml[1])
print(type(md).__name__, list(md), md.tag, md[1] is ml[1])

class MyDict(dict):
    pass

dd = MyDict(a=[1])
dc = copy.deepcopy(dd)
print(type(dc).__name__, dict(dc), dc["a"] is dd["a"])

class Slotted:
    __slots__ = ("x", "y", "unset")

    def __init__(self):
        self.x = 1
        self.y = [2]

s = copy.deepcopy(Slotted())
print(s.x, s.y, hasattr(s, "unset"))

class AppError(Exception):
    pass

e = copy.copy(AppError("msg", 2))
print(type(e).__name__, e.args)
