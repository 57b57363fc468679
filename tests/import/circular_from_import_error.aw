here = __file__.rpartition("/")[0]
try:
    import _circ_x
except ImportError as e:
    print(type(e).__name__, str(e).replace(here, "."))
    print(e.name, e.path.replace(here, "."))
import sys
print("_circ_x" in sys.modules, "_circ_y" in sys.modules)
