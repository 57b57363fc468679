import _pkg
import _pkg.mod

here = __file__.rpartition("/")[0]
print(_pkg.__package__, _pkg.mod.__package__)
print([p.replace(here, ".") for p in _pkg.__path__])
print(_pkg.__file__.replace(here, "."))
print(hasattr(_pkg.mod, "__path__"))
