import sys

try:
    import _pkgfail.broken
except ModuleNotFoundError as e:
    print(e, e.name)
print("_pkgfail" in sys.modules, "_pkgfail.broken" in sys.modules)
