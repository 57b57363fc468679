total = 0
def f():
    try:
        total += 1
    except UnboundLocalError as e:
        print(type(e).__name__, isinstance(e, NameError))
        print(e)
f()
def g():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(g())
