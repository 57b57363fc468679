here = __file__.rpartition("/")[0]
try:
    from _pkg import nothere
except ImportError as e:
    print(type(e).__name__, str(e).replace(here, "."))
    print(e.name, e.path.replace(here, "."))
