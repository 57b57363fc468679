try:
    import _simple.sub
except ModuleNotFoundError as e:
    print(e)
    print(e.name)
