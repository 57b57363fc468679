for v in (5, -5, 0, 2.5, -2.5, -0.0):
    print("[{:+}][{:-}][{: }][{}]".format(v, v, v, v), "[%+d][% d]" % (v, v) if isinstance(v, int) else "[%+.1f][% .1f]" % (v, v))
