try:
    try:
        {}["x"]
    except KeyError as e:
        raise ValueError("bad value") from e
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
    print(repr(e.__context__), e.__context__ is e.__cause__)
try:
    raise RuntimeError("plain")
except RuntimeError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)
