# encoding= utf-8 (the default), latin-1 and ascii, with errors=
import os

path = "/tmp/aw_io_encodings.txt"
text = "caf\u00e9 \u4e2d"
with open(path, "w") as f:
    print(f.encoding.lower().replace("-", ""), f.errors, f.write(text))
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="utf8") as f:
    print(f.encoding, f.read() == text)
with open(path, "w", encoding="latin-1") as f:
    f.write("caf\u00e9")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="latin-1") as f:
    print(f.read())
try:
    with open(path) as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open(path, errors="replace") as f:
    print(f.read())
with open(path, errors="ignore") as f:
    print(f.read())
try:
    with open(path, "w", encoding="ascii") as f:
        f.write("\u00e9")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    open(path, encoding="no-such-codec")
except LookupError as e:
    print("LookupError:", e)
os.remove(path)
