try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not caught by Exception")
except KeyboardInterrupt as e:
    print("caught", type(e).__name__, repr(e), isinstance(e, BaseException))
