for exc in [ValueError, KeyboardInterrupt, SystemExit]:
    try:
        raise exc()
    except Exception:
        print(exc.__name__, "is an Exception")
    except BaseException:
        print(exc.__name__, "is only a BaseException")
