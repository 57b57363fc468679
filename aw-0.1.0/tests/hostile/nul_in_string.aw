s = "a\x00b"
print(len(s), repr(s), s.split("\x00"), s.find("b"))
b = "\x00" * 3
print(repr(b), b == "\0\0\0")
