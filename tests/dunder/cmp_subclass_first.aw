class A:
    def __lt__(self, o):
        print("A.lt")
        return True
    def __gt__(self, o):
        print("A.gt")
        return True
class B(A):
    def __gt__(self, o):
        print("B.gt")
        return False
print(A() < B())
print(B() < A())
class C(A): pass
print(A() < C())
