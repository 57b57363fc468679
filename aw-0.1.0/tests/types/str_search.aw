s = "hello world hello"
print(s.find("hello"), s.find("hello", 1), s.find("zz"), s.rfind("hello"), s.rfind("o", 0, 5))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello"), s.count(""), "aaaa".count("aa"))
print(s.startswith("hell"), s.startswith(("x", "he")), s.endswith("llo"), s.startswith("world", 6))
print(s.endswith("hello", 0, 5), "".startswith(""), s.find(""), s.find("", 100))
print(s.replace("hello", "bye"), s.replace("l", "L", 2), "aaa".replace("a", "bb"), "abc".replace("", "-"))
try:
    s.index("zz")
except ValueError as e:
    print(e)
