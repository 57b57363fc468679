x = None
print(x, repr(x), str(x), type(x), bool(x))
print(x is None, x == None, x != 0, None == False)
def f():
    pass
print(f() is None, [None, None], {None: 1})
try:
    None < 1
except TypeError as e:
    print(e)
