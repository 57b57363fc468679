try:
    import nothere.sub
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    import _pkg.nothere
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from _pkg._sub import nothere
except ImportError as e:
    print(type(e).__name__, e.name)
