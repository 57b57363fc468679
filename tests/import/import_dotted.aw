import _pkg.mod

print(_pkg.__name__, _pkg.pkg_value)
print(_pkg.mod.__name__, _pkg.mod.mod_value)
print("mod" in dir(), "_pkg" in dir())
