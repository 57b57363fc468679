class A: pass
class B: pass
for f in (lambda: A() < B(), lambda: A() <= B(), lambda: A() > B(),
          lambda: A() >= B()):
    try:
        f()
    except TypeError as e:
        print(e)
try:
    A() < 1
except TypeError as e:
    print(e)
try:
    sorted([A(), A()])
except TypeError as e:
    print(e)
