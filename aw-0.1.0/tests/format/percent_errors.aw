for f in [lambda: "%d %d" % (1,), lambda: "%d" % (1, 2), lambda: "%d" % "x",
          lambda: "%(k)s" % (1,), lambda: "%z" % 1, lambda: "%c" % "ab"]:
    try:
        f()
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
