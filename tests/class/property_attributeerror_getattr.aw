class P:
    @property
    def q(self):
        raise AttributeError("inner")
    def __getattr__(self, n):
        return "getattr " + n
print(P().q)
