for f in [lambda: [1, 2].remove(3), lambda: [1, 2].index(3), lambda: [].pop(),
          lambda: [1, "a"].sort()]:
    try:
        f()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
