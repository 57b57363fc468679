# aw-only: sys.implementation and sys.version name aw, not cpython
import sys

print(sys.implementation.name)
print(sys.implementation)
print(sys.version)
print(sys.implementation.version[:3] == (0, 2, 0))
