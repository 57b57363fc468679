class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError("end")
        return "abc"[i]
print(list(Seq()), "".join(Seq()), [c for c in Seq()])
it = iter(Seq())
print(type(it).__name__, next(it), next(it), next(it), next(it, None))
class Stop:
    def __getitem__(self, i):
        if i == 2: raise StopIteration
        return i
print(list(Stop()))
class Err:
    def __getitem__(self, i): raise KeyError(i)
try:
    list(Err())
except KeyError as e:
    print("KeyError", e)
