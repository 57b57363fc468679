try:
    b"ok\xff".decode("utf-8")
except UnicodeError as e:
    print(type(e).__name__, isinstance(e, ValueError))
    print(e)
try:
    "€".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
