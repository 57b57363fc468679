class DL(dict):
    def __len__(self): return 0
class LL(list):
    def __len__(self): return 1
class B(list):
    def __bool__(self): return True
print(bool(DL(a=1)), len(DL(a=1)), bool(LL()), bool(B()), "yes" if LL() else "no")
print(hasattr({}, "__bool__"), hasattr([], "__bool__"), hasattr(0, "__bool__"), hasattr(None, "__bool__"))
