class Base:
    def __eq__(self, o): return type(o) is type(self)
    def __hash__(self): return 1
    def __len__(self): return 2
    def __iter__(self): return iter("xy")
class Mid(Base):
    def __len__(self): return 3
class Leaf(Mid): pass
l = Leaf()
print(l == Leaf(), l == Mid(), len(l), list(l), hash(l), bool(l))
class Mix(dict, Base): pass
print(len(Mix(a=1)), list(Mix(a=1)))
class Mix2(Base, dict): pass
print(len(Mix2(a=1)), list(Mix2(a=1)))
