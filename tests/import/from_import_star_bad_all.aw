try:
    from _bad_all import *
except TypeError as e:
    print(e)
print(ok)
