try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    try:
        raise ValueError("a")
    finally:
        raise KeyError("b")
except KeyError as e:
    print(repr(e.__context__))
