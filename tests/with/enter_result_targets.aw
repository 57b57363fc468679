class P:
    def __enter__(self): return (1, [2, 3])
    def __exit__(self, *a): pass
with P() as (a, [b, c]):
    print(a, b, c)
d = {}
with P() as d["k"]:
    pass
print(d)
class O: pass
o = O()
with P() as o.attr:
    pass
print(o.attr)
