class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
class Z(Y, X): pass
print([k.__name__ for k in Z.__mro__])
