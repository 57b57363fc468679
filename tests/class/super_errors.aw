class A:
    def m(self):
        return super()
def f():
    return super()
try:
    f()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(int, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    super(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(type(A().m()).__name__)
