class Counter(dict):
    def __init__(self, words):
        super().__init__()
        for w in words:
            self[w] = self.get(w, 0) + 1
c = Counter("a b a c a".split())
print(sorted(c.items()), c["a"])
