from contextlib import closing, nullcontext
class Res:
    def __init__(self, n): self.n = n
    def close(self): print("close", self.n)
with closing(Res(1)) as r:
    print("using", r.n)
try:
    with closing(Res(2)):
        raise RuntimeError("fail")
except RuntimeError as e:
    print(e)
c = closing(Res(3))
print(c.thing.n)
with nullcontext(5) as v:
    print(v)
with nullcontext() as v:
    print(v)
try:
    with closing(5):
        pass
except AttributeError as e:
    print(e)
