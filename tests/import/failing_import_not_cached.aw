import sys

for i in range(2):
    try:
        import _raises
    except ZeroDivisionError as e:
        print("caught:", e)
    print("_raises" in sys.modules, "_raises" in dir())
