s = "one\ntwo\r\nthree\rfour\n\nsix"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "x\n".splitlines(), "a\x0bb\x0cc\x1cd\u2028e".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
