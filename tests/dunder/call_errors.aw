class A:
    def __call__(self, x): return x
try:
    A()()
except TypeError as e:
    print(e)
try:
    A()(1, 2)
except TypeError as e:
    print(e)
try:
    A()(y=1)
except TypeError as e:
    print(e)
