def f():
    pass
print(callable(f), callable(lambda: 0), callable(print), callable(int), callable(5), callable("s"), callable(None), callable([].append))
