from _with_all import *

print(public, _exported_private)
try:
    other
except NameError as e:
    print(e)
