here = __file__.rpartition("/")[0]
try:
    from _simple import a, nothere
except ImportError as e:
    print(type(e).__name__, str(e).replace(here, "."))
    print(e.name, e.path.replace(here, "."))
try:
    from sys import nothere
except ImportError as e:
    print(e, e.name, e.path)
