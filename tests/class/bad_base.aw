try:
    class B(bool): pass
except TypeError as e:
    print(e)
try:
    class R(range): pass
except TypeError as e:
    print(e)
