class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
    def __setattr__(self, k, v):
        self[k] = v
d = AttrDict(a=1)
d.b = 2
print(d.a, d.b, d, len(d), sorted(d.items()))
try:
    d.zz
except AttributeError as e:
    print("AttributeError", e)
class Defaults(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.setdefault("x", 0)
print(Defaults({"y": 1}), Defaults())
