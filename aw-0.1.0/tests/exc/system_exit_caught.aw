try:
    raise SystemExit(2)
except Exception:
    print("Exception does not catch SystemExit")
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    raise SystemExit
except BaseException as e:
    print(type(e).__name__, e.code)
