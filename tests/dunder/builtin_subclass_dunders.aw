class MyList(list):
    def __getitem__(self, i):
        return "item%d" % list.__getitem__(self, i)
    def __add__(self, o):
        return MyList(list(self) + list(o) + [0])
m = MyList([1, 2])
print(m[0], m[1], m + [3], type(m + [3]).__name__, len(m), m * 2, list(m))
class Cnt(dict):
    def __missing__(self, k):
        return 0
c = Cnt()
c["x"] += 1
print(c, c["y"])
class Rev(list):
    def __iter__(self):
        return iter(self[::-1])
print(list(Rev([1, 2, 3])), [x for x in Rev("ab")], sorted(Rev([3, 1, 2])))
class E(Exception):
    def __str__(self):
        return "custom " + super().__str__()
print(str(E("x")), repr(E("y")))
