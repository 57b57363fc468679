class A: pass
print(type(A()) is A, type(A) is type, type(1), type("s"))
X = type("X", (A,), {"v": 5, "get": lambda self: self.v})
x = X()
print(X.__name__, X.__bases__, x.v, x.get(), isinstance(x, A))
Y = type("Y", (), {})
print(Y.__mro__, Y.__module__)
