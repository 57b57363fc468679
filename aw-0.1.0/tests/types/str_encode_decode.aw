s = "héllo €"
b = s.encode()
print(b, len(s), len(b), b.decode(), s.encode("utf-8") == b)
print("abc".encode("ascii"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), b"a\xffb".decode("utf-8", "replace"))
print(b"\xf0\x9f\x98\x80".decode(), len(b"\xf0\x9f\x98\x80".decode()))
print(str(b"ab", "ascii"), bytes("ok", "utf-8"))
