class A:
    def f(self):
        return "A"
class B(A):
    pass
b = B()
results = []
for i in range(3):
    results.append(b.f())
    if i == 0:
        A.f = lambda self: "A2"
    if i == 1:
        B.f = lambda self: "B"
print(results)
