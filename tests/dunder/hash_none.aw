class E:
    def __eq__(self, o): return True
print(E.__hash__)
try:
    hash(E())
except TypeError as e:
    print(e)
try:
    {E(): 1}
except TypeError as e:
    print(e)
class F(E):
    def __hash__(self): return 7
print(hash(F()))
class G:
    __hash__ = None
try:
    {G()}
except TypeError as e:
    print(e)
class H(list): pass
try:
    hash(H())
except TypeError as e:
    print(e)
