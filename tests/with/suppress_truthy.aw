class S:
    def __init__(self, r): self.r = r
    def __enter__(self): return self
    def __exit__(self, *a): return self.r
for r in (True, 1, "yes", [0], False, 0, None, "", []):
    try:
        with S(r):
            raise ValueError(repr(r))
        print(repr(r), "suppressed")
    except ValueError as e:
        print(e, "propagated")
