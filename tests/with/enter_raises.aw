class E:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n)
        if self.n == 2:
            raise RuntimeError("enter failed")
        return self
    def __exit__(self, *a):
        print("exit", self.n)
try:
    with E(1), E(2), E(3):
        print("body")
except RuntimeError as e:
    print(e)
