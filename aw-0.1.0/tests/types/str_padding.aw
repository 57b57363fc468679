print("[" + "ab".center(6) + "]", "[" + "ab".center(7, "*") + "]", "[" + "abc".center(2) + "]")
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5, "0") + "]", "[" + "ab".ljust(1) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
print("a\tb\tc".expandtabs(4), "é".center(5, "é"))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(e)
