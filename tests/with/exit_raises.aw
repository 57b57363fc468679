class Bad:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        raise KeyError("from exit")
try:
    with Bad():
        raise ValueError("body")
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__, e.__context__)
try:
    with Bad():
        pass
except KeyError as e:
    print("KeyError", e, e.__context__)
