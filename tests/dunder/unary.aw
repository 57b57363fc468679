class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
u = U()
print(-u, +u, ~u, abs(u))
class Bad: pass
for f in (lambda: -Bad(), lambda: +Bad(), lambda: ~Bad(), lambda: abs(Bad())):
    try:
        f()
    except TypeError as e:
        print(e)
