class A:
    def __lt__(self, o):
        print("A.lt")
        return NotImplemented
class B:
    def __gt__(self, o):
        print("B.gt")
        return True
print(A() < B())
class C:
    def __lt__(self, o):
        print("C.lt")
        return NotImplemented
    def __gt__(self, o):
        print("C.gt")
        return NotImplemented
try:
    C() < C()
except TypeError as e:
    print(e)
