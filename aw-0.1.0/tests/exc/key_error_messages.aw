for f in [lambda: {}[1], lambda: {}["s"], lambda: {}[(1, "a")], lambda: set().remove(3),
          lambda: {}.pop("p"), lambda: {}.popitem()]:
    try:
        f()
    except KeyError as e:
        print(repr(e), "|", e)
