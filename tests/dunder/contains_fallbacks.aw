class It:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])
print(2 in It(), 5 in It())
class Seq:
    def __getitem__(self, i):
        if i > 4: raise IndexError(i)
        return i * i
print(9 in Seq(), 7 in Seq(), 16 not in Seq())
class F:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    1 in F()
except TypeError as e:
    print(e)
