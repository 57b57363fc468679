for call in [lambda: len(), lambda: len([], []), lambda: abs(), lambda: divmod(1),
             lambda: "x".upper(1), lambda: [].append()]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__)
