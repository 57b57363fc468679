class A:
    pass
try:
    A(1)
except TypeError as e:
    print(e)
try:
    A(x=1)
except TypeError as e:
    print(e)
print(type(A()).__name__)
