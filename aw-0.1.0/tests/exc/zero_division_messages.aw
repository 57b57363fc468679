for f in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0,
          lambda: 1.5 // 0.0, lambda: 2.0 % 0, lambda: divmod(1, 0), lambda: 0 ** -1]:
    try:
        f()
    except ZeroDivisionError as e:
        print(e)
