import _pkg

print(hasattr(_pkg, "mod"))
import _pkg.mod
print(hasattr(_pkg, "mod"), _pkg.mod.mod_value)
