class K:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, K) and self.k == o.k
    def __hash__(self): return hash(self.k)
d = {K(1): "one", K("a"): "a"}
print(d[K(1)], d[K("a")], K(2) in d, len({K(1), K(1), K(2)}))
print(hash(K(5)) == hash(5))
class M:
    def __hash__(self): return -1
print(hash(M()))
class Big:
    def __hash__(self): return 2 ** 80
print(hash(Big()) == hash(2 ** 80))
class T:
    def __hash__(self): return True
print(hash(T()))
