class OnlyEnter:
    def __enter__(self): return self
class OnlyExit:
    def __exit__(self, *a): pass
class Neither: pass
for o in (OnlyEnter(), OnlyExit(), Neither(), 1, None, [1], "s"):
    try:
        with o:
            print("body")
    except TypeError as e:
        print(e)
