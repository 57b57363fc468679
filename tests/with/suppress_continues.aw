class Quiet:
    def __enter__(self): return self
    def __exit__(self, *a): return True
def f():
    with Quiet():
        raise RuntimeError
        print("not reached")
    return "after with"
print(f())
for i in range(3):
    with Quiet():
        if i == 1:
            raise ValueError
        print("i", i)
