class Idx:
    def __index__(self): return 4
class L:
    def __len__(self): return Idx()
print(len(L()), bool(L()))
