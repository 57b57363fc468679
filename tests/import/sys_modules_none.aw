import sys

sys.modules["_blocked"] = None
try:
    import _blocked
except ModuleNotFoundError as e:
    print(e, e.name)
