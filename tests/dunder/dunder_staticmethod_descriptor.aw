class Desc:
    def __get__(self, obj, typ):
        return lambda *a: ("bound", type(obj).__name__, a)
class A:
    __len__ = staticmethod(lambda: 5) if False else (lambda self: 5)
    __getitem__ = Desc()
    @classmethod
    def __call__(cls, x):
        return (cls.__name__, x)
print(len(A()), A()[3], A()(7))
