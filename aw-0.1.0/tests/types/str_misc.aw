s = "abc"
print(s * 3, 3 * s, s + "d", "b" in s, s < "abd", max(s), min("bca"), sorted("cab"))
print(list(reversed(s)), s[::-1] == "cba", len(""), "a" "b" * 2)
try:
    s[0] = "x"
except TypeError as e:
    print(e)
try:
    s[5]
except IndexError as e:
    print(e)
print(str(1), str(1.5), str([1, "a"]), str(None), str(b"x"), str())
print("abc".isidentifier(), "1a".isidentifier(), "Ab".istitle(), "x".isprintable(), "\n".isprintable())
print("%s|%5s|%-5s|" % ("a", "b", "c"))
