class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        return NotImplemented
    def __sub__(self, x):
        return "plain sub"
    def __imul__(self, x):
        return "imul result"
    def __ior__(self, x):
        self.items.append(("or", x))
        return self
a = Acc()
b = a
a += 1
a += 2
a |= 3
print(a is b, a.items)
a -= 1
print(a)
c = Acc()
c *= 5
print(c)
class NoI:
    def __add__(self, o): return ("add", o)
n = NoI()
n += 7
print(n)
class Nothing: pass
x = Nothing()
try:
    x += 1
except TypeError as e:
    print(e)
try:
    x **= 2
except TypeError as e:
    print(e)
try:
    x @= 2
except TypeError as e:
    print(e)
