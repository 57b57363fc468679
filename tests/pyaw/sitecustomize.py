# Lets python3 import aw modules: `.aw` files (and packages whose
# __init__ is `__init__.aw`) become importable Python source, so a
# multi-file test (tests/modules/) runs under CPython exactly as under aw.
# Used by putting this directory first on PYTHONPATH, e.g.
#   PYTHONPATH=tests/pyaw PYTHONDONTWRITEBYTECODE=1 python3 main.aw
import importlib.machinery as _m
import sys as _sys

_sys.path_hooks.insert(0, _m.FileFinder.path_hook(
    (_m.ExtensionFileLoader, _m.EXTENSION_SUFFIXES),
    (_m.SourceFileLoader, _m.SOURCE_SUFFIXES + [".aw"]),
    (_m.SourcelessFileLoader, _m.BYTECODE_SUFFIXES)))
_sys.path_importer_cache.clear()
del _m, _sys
