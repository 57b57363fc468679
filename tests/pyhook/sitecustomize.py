"""Lets python3 import the .aw fixtures of the conformance tests.

run.sh --python and mkexpect.sh put this directory on PYTHONPATH, so that
python3 imports this file at start-up. It teaches the path finder that
NAME.aw is a source module (and NAME/__init__.aw a package), puts the
entries of AW_PATH on sys.path as aw does, and takes its own directory off
sys.path again so that tests see the sys.path aw would give them.
"""
import os
import sys
from importlib import machinery

_here = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if p != _here]
sys.path[0:0] = [p for p in os.environ.get("AW_PATH", "").split(":") if p]

_loaders = [
    (machinery.ExtensionFileLoader, machinery.EXTENSION_SUFFIXES),
    (machinery.SourceFileLoader, machinery.SOURCE_SUFFIXES + [".aw"]),
    (machinery.SourcelessFileLoader, machinery.BYTECODE_SUFFIXES),
]
for _i, _hook in enumerate(sys.path_hooks):
    if getattr(_hook, "__name__", "") == "path_hook_for_FileFinder":
        sys.path_hooks[_i] = machinery.FileFinder.path_hook(*_loaders)
sys.path_importer_cache.clear()
