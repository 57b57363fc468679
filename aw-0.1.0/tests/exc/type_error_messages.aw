for f in [lambda: "a" + 1, lambda: 1 + "a", lambda: [] + (), lambda: "a" * "b",
          lambda: len(5), lambda: None(), lambda: 5[0], lambda: {}[[]],
          lambda: iter(5), lambda: -"a", lambda: "%d" % "x", lambda: sum(["a"]),
          lambda: int([]), lambda: (1,)[0:1:"x"], lambda: hash([])]:
    try:
        f()
    except TypeError as e:
        print(e)
