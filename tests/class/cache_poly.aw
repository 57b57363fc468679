class A:
    def v(self):
        return 1
class B:
    def v(self):
        return 2
class C(A):
    pass
s = 0
for o in [A(), B(), C(), A(), B()] * 10:
    s += o.v()
print(s)
