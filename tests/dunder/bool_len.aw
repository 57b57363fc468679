class T:
    def __bool__(self): return False
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(T()), not T(), bool(L(0)), bool(L(3)), len(L(3)), bool(Both()))
print("yes" if L(1) else "no", "yes" if T() else "no")
x = L(0) or "fallback"
print(x)
class Plain: pass
print(bool(Plain()))
