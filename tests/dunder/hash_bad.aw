class A:
    def __hash__(self): return "x"
try:
    hash(A())
except TypeError as e:
    print(e)
class B:
    def __hash__(self): return 1.5
try:
    {B()}
except TypeError as e:
    print(e)
