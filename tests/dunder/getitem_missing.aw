class R:
    def __getitem__(self, k): return k
class W:
    def __setitem__(self, k, v): pass
class D:
    def __delitem__(self, k): pass
try:
    R()[1] = 2
except TypeError as e:
    print(e)
try:
    del R()[1]
except TypeError as e:
    print(e)
try:
    W()[1]
except TypeError as e:
    print(e)
try:
    del W()[1]
except AttributeError as e:
    print("AttributeError", e)
try:
    D()[1] = 2
except AttributeError as e:
    print("AttributeError", e)
print(R()[::2], R()[1, ...])
