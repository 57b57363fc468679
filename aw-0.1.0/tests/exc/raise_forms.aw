try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args, repr(str(e)))
try:
    raise ValueError("msg", 2)
except ValueError as e:
    print(e.args, str(e), repr(e))
try:
    raise TypeError("one")
except TypeError as e:
    print(str(e), repr(e))
err = KeyError("key")
try:
    raise err
except KeyError as e:
    print(e is err, str(e), repr(e))
