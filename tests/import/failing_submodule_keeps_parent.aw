import sys

try:
    import _pkg.bad
except ValueError as e:
    print("ValueError:", e)
print("_pkg" in sys.modules, "_pkg.bad" in sys.modules)
import _pkg
print(hasattr(_pkg, "bad"))
