class A:
    def __eq__(self, o):
        print("A.eq")
        return NotImplemented
class B:
    def __eq__(self, o):
        print("B.eq")
        return "B says"
print(A() == B())
print(B() == A())
print(A() == A())
print(A() != 3)
