def f():
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling, then re-raising")
        raise
try:
    f()
except ZeroDivisionError as e:
    print("outer:", e)
