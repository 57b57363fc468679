# from package import * without __all__ takes the public names bound in
# __init__ (including submodules already imported), not every submodule.
import sys
sys.path.insert(0, "_lib")

from kit import *
print(sorted([n for n in globals() if not n.startswith("__")]))
print(tool(), loaded.NAME)
import kit.unloaded
from kit import *
print("unloaded" in globals(), unloaded.NAME)
