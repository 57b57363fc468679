class A: pass
r = repr(A())
print(r.startswith("<__main__.A object at 0x"), r.endswith(">"))
print(str(A()) .startswith("<__main__.A object"))
class B:
    def __repr__(self): return "B!"
print(str(B()), format(B()), f"{B()}")
