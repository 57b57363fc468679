import math, os
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class Fl:
    def __floor__(self):
        return 'floor!'
    def __ceil__(self):
        return 'ceil!'
    def __trunc__(self):
        return 'trunc!'
class BadF:
    def __float__(self):
        return 'x'
class MyInt(int):
    pass
class MyFloat(float):
    pass
print(math.sqrt(F()), math.sqrt(I()), math.floor(Fl()), math.ceil(Fl()), math.trunc(Fl()), math.floor(F()))
print(math.factorial(I()), math.gcd(I(), 14), math.isqrt(I()), math.comb(I(), 2), math.log(I()))
print(math.sqrt(MyFloat(2.0)), math.floor(MyFloat(2.5)), math.factorial(MyInt(5)), math.gcd(MyInt(12), 8), math.log(MyInt(8), 2))
try:
    math.sqrt(BadF())
except TypeError as e:
    print(e)
class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p
print(os.path.join(P('a'), 'b'), os.path.basename(P('/x/y')), os.path.exists(P('/tmp')))
try:
    os.remove(P('/nonexistent_aw_zz'))
except FileNotFoundError as e:
    print(e)
