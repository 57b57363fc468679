def f():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("finally")
print(f())
def g():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            continue
        finally:
            print("g finally", i)
    return "g done"
print(g())
