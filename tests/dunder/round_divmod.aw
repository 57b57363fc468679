class R:
    def __round__(self, n=None): return ("round", n)
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
print(round(R()), round(R(), 2), divmod(R(), 3), divmod(3, R()))
class No: pass
try:
    round(No())
except TypeError as e:
    print(e)
try:
    divmod(No(), 1)
except TypeError as e:
    print(e)
