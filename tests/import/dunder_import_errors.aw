for args in [(1,), ("",), ("_simple", None, None, (), -1), ("x", None, None, (), 1)]:
    try:
        __import__(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    __import__("_simple", fromlist=[1])
except TypeError as e:
    print(e)
try:
    __import__("_pkg", fromlist=[1])
except TypeError as e:
    print(e)
