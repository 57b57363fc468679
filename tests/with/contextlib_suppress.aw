import contextlib
from contextlib import suppress
with suppress(KeyError):
    {}["missing"]
print("after KeyError")
with suppress(LookupError):
    [][1]
print("after IndexError (a LookupError)")
with suppress(ValueError, ZeroDivisionError):
    1 / 0
print("after ZeroDivisionError")
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError", e)
with suppress(Exception) as s:
    print(s)
print(type(contextlib.suppress(KeyError)).__name__)
