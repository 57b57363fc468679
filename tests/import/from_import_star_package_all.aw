from _pkgall import *

print(value, sub_a.a)
import sys
print("_pkgall.sub_b" in sys.modules)
