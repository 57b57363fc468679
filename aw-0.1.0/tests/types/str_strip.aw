s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "www.example.com".lstrip("w."), "a.txt".rstrip(".txt"))
print(repr("".strip()), repr("   ".strip()), "hello".strip(""), repr("\u2003x\u2003".strip()))
