cases = [("", 10), ("12", 1), ("12", 37), ("9", 8), ("1__0", 10), ("_1", 10),
         ("0x", 16), ("010", 0), ("1.5", 10), ("12 3", 10), ("--1", 10)]
for s, base in cases:
    try:
        int(s, base)
        print("ok", repr(s))
    except ValueError as e:
        print(e)
try:
    int(5, 10)
except TypeError as e:
    print(e)
