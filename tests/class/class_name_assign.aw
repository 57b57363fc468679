class A:
    pass
A.__name__ = "B"
A.__qualname__ = "Q.B"
print(A.__name__, A.__qualname__, A)
try:
    A.__name__ = 1
except TypeError as e:
    print(e)
