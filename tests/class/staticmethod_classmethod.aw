class M:
    factor = 3
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def make(cls, v):
        return cls.__name__ + str(v * cls.factor)
class N(M):
    factor = 10
print(M.add(1, 2), M().add(3, 4))
print(M.make(2), N.make(2), N().make(1))
print(type(M.__dict__["add"]).__name__, type(M.__dict__["make"]).__name__)
sm = staticmethod(len)
print(sm.__func__ is len)
