try:
    try:
        raise ValueError("v")
    except ValueError:
        [].pop()
except IndexError as e:
    print("IndexError:", e, "context:", repr(e.__context__))
