class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(42)
print(list(It()))
for x in It():
    print("never")
print("done")
