for f in [lambda: int("12x"), lambda: float("1.2.3"), lambda: [1].index(2),
          lambda: "abc".index("z"), lambda: range(1, 2, 0), lambda: chr(-1),
          lambda: int("5", 1), lambda: "a".split(""), lambda: [].remove(0),
          lambda: "{}{}".format(1)]:
    try:
        f()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
