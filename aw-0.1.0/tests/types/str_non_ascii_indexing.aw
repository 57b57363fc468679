s = "héllo wörld 日本語 😀!"
print(len(s), s[1], s[7], s[12:15], s[-2], s[-1], s[::-1])
print(s.find("日"), s.index("😀"), s.upper(), s[1:5:2])
print([c for c in "añ😀"], list("日本"))
print(ord(s[16]), hex(ord("€")), chr(26085) + chr(26412))
t = "€" * 3
print(t, len(t), t[1:], t.replace("€", "e", 1))
