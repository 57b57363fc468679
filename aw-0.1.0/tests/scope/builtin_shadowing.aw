print(len("abc"))
len = lambda s: -1
print(len("abc"))
del len
print(len("abc"))
def f():
    max = "local"
    return max
print(f(), max(1, 2))
