# read(n) counts characters in text mode and bytes in binary mode
import os

path = "/tmp/aw_io_read_size.txt"
with open(path, "w", encoding="utf-8") as f:
    print(f.write("h\u00e9llo \u20ac\U0001F600!"))
with open(path, encoding="utf-8") as f:
    print([f.read(2) for i in range(6)])
with open(path, "rb") as f:
    print([f.read(3) for i in range(6)])
with open(path) as f:
    print(repr(f.read(0)), repr(f.read(None)), repr(f.read(-1)))
os.remove(path)
