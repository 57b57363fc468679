s = "ab" * 1000000
print(len(s), s[:6], s[-3:], s.count("ab"))
t = s + s
print(len(t), t[1999999:2000001])
u = "x" * 0 + "y" * 1
print(u, len("é" * 100000), len(b"\x00" * 1000000))
lst = [0] * 1000000
print(len(lst), lst[-1])
