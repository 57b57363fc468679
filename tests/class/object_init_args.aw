class B:
    pass
try:
    object.__init__(B(), 1)
except TypeError as e:
    print(e)
class C:
    def __init__(self, x):
        super().__init__(x)
try:
    C(1)
except TypeError as e:
    print(e)
