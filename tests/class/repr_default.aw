class Point:
    pass
class Outer:
    class Inner:
        def m(self):
            pass
def f():
    def g():
        pass
    return g
def norm(s):
    out = []
    for w in s.split(" "):
        if w.startswith("0x"):
            w = "0x..." + (">" * w.count(">"))
        out.append(w)
    return " ".join(out)
print(norm(repr(Point())))
print(repr(Point), str(Point))
print(norm(repr(Outer.Inner())))
print(Outer.Inner)
print(norm(repr(f)), norm(repr(f())))
print(norm(repr(Outer.Inner.m)))
print(norm(repr(Outer.Inner().m)))
print(norm(str(Point())) == norm(repr(Point())))
