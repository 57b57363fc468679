for f in [lambda: float(10 ** 400), lambda: 10 ** 400 / 1, lambda: int(float("inf")),
          lambda: 1e300 ** 2, lambda: round(float("inf"))]:
    try:
        f()
    except OverflowError as e:
        print(type(e).__name__, e)
