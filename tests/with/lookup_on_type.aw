class C:
    def __enter__(self):
        print("class enter")
        return self
    def __exit__(self, *a):
        print("class exit")
c = C()
c.__enter__ = lambda: print("instance enter")
c.__exit__ = lambda *a: print("instance exit")
with c:
    pass
class D: pass
d = D()
d.__enter__ = lambda: 1
d.__exit__ = lambda *a: None
try:
    with d:
        pass
except TypeError as e:
    print(e)
