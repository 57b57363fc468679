class A:
    def __add__(self, o):
        print("A.add")
        return NotImplemented
class B:
    def __radd__(self, o):
        print("B.radd")
        return "B.radd result"
print(A() + B())
try:
    A() + 1
except TypeError as e:
    print(e)
try:
    1 + A()
except TypeError as e:
    print(e)
try:
    A() + A()
except TypeError as e:
    print(e)
class C: pass
for f in (lambda: C() - 1, lambda: 1 * C(), lambda: C() / C(),
          lambda: C() ** 2, lambda: C() @ C(), lambda: -C(), lambda: ~C(),
          lambda: +C(), lambda: abs(C()), lambda: pow(C(), 2),
          lambda: C() // 1, lambda: C() % 1, lambda: C() << 1,
          lambda: C() & 1, lambda: 1 ^ C()):
    try:
        f()
    except TypeError as e:
        print(e)
