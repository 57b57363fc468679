class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return "A.c " + cls.__name__
class B(A):
    def f(self):
        return "B.f/" + super(B, self).f()
    @classmethod
    def c(cls):
        return "B.c/" + super().c()
b = B()
print(b.f(), B.c(), b.c())
print(super(B, b).f())
print(super(B, B).c())
