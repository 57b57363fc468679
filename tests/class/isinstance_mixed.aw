class A: pass
class B(A): pass
class L(list): pass
print(isinstance(B(), A), isinstance(B(), (int, A)), issubclass(B, (A, int)))
print(isinstance(L(), list), issubclass(L, object), isinstance(A, type))
print(issubclass(bool, int), isinstance(True, A))
