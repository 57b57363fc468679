class A:
    def __eq__(self, o): return [1]
    def __lt__(self, o): return 0
print(A() == A(), A() < A())
if A() == 1:
    print("truthy list")
if not A() < 1:
    print("falsy zero")
print([A()] == [A()])
