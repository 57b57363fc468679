class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def __getitem__(self, k):
        return dict.__getitem__(self, k) + 1
    def __contains__(self, k):
        return super().__contains__(k.lower())
    def __len__(self):
        return super().__len__() * 10
d = D()
d["a"] = 5
print(d["a"], "A" in d, len(d), dict(d), d.get("a"))
class L(list):
    def __iter__(self):
        return iter(reversed(list.__iter__(self).__class__ and [x for x in list.__iter__(self)]))
    def __repr__(self):
        return "L" + super().__repr__()
    def __eq__(self, o):
        return super().__eq__(o)
l = L([1, 2, 3])
print(list(l), repr(l), l == [1, 2, 3], l != [1, 2, 3])
class S(str):
    def __len__(self):
        return super().__len__() + 100
    def __add__(self, o):
        return S(str.__add__(self, o).upper())
s = S("ab")
print(len(s), s + "cd", type(s + "x").__name__)
