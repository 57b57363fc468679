b = b"hello world"
print(b[0], b[-1], b[0:5], b[::-1], len(b), b"o" in b, 111 in b)
print(b.upper(), b.split(), b.replace(b"l", b"L"), b.find(b"world"), b.count(b"o"))
print(b.startswith(b"he"), b.endswith(b"x"), b.strip(b"hd"), b"-".join([b"a", b"b"]))
print(b.hex(), bytes.fromhex("48 69"), b.decode("ascii"), list(b"abc"))
print(bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes("é", "utf-8"), bytes(b"x"))
print(b"ab" + b"cd", b"ab" * 2, b"a" < b"b", b"abc" == b"abc", b"" == b"", bytes() == b"")
print(repr(b"\x00\x7f\x80\xff'\""), b"it's", type(b[0]), type(b[0:1]))
print(b.isalpha(), b"123".isdigit(), b.title(), b.center(15, b"*"), b.index(b"w"))
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b"a" + "b"
except TypeError as e:
    print(e)
