class A:
    def __int__(self): return 42
    def __float__(self): return 2.5
print(int(A()), float(A()))
class T:
    def __trunc__(self): return 7
print(int(T()))
class IX:
    def __index__(self): return 3
print(int(IX()), float(IX()))
class BI:
    def __int__(self): return "x"
class BF:
    def __float__(self): return 1
for c, f in ((BI, int), (BF, float)):
    try:
        f(c())
    except TypeError as e:
        print(e)
class No: pass
for f in (int, float):
    try:
        f(No())
    except TypeError as e:
        print(e)
