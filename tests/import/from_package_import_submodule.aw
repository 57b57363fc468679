from _pkg import mod, pkg_value

print(mod.mod_value, pkg_value)
import _pkg
print(_pkg.mod is mod)
