class A:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print(et, type(ev).__name__, ev, type(tb).__name__)
        return True
with A():
    raise KeyError("k")
with A():
    pass
with A():
    1 / 0
