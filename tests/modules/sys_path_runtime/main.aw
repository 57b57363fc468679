# Adding directories to sys.path at run time makes their modules
# importable; a module found earlier on sys.path wins over a later one of
# the same name, also for an import made inside another module.
import sys
import os

try:
    import later
except ModuleNotFoundError as e:
    print("before:", e)
sys.path.insert(0, os.path.join("_lib", "first"))
sys.path.append(os.path.join("_lib", "second"))
sys.path.append(os.path.join("_lib", "third"))
import later
import shared
print(later.WHERE, shared.WHERE, later.shared is shared)
print([p for p in sys.path if p.startswith("_lib")])
