class S:
    def __len__(self): return "3"
class N:
    def __len__(self): return -1
class B:
    def __len__(self): return 2 ** 70
class F:
    def __len__(self): return 2.0
class I:
    def __len__(self): return True
for c in (S, N, B, F):
    try:
        len(c())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(len(I()))
class Plain: pass
try:
    len(Plain())
except TypeError as e:
    print(e)
