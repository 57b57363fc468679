def make(k):
    class K:
        factor = k
        def get(self):
            return self.factor * k
    return K
A = make(2)
B = make(3)
print(A().get(), B().get(), A.__qualname__)
