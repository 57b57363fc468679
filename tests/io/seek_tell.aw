# seek and tell in text and binary mode
import os

path = "/tmp/aw_io_seek_tell.txt"
with open(path, "w") as f:
    f.write("0123456789\nabc\n")
with open(path, "rb") as f:
    print(f.seek(3), f.read(2), f.tell())
    print(f.seek(2, 1), f.read(1))
    print(f.seek(-4, 2), f.read())
    print(f.seek(0, 2), f.read(), f.tell())
    print(f.seek(100), f.read(), f.tell())
with open(path) as f:
    print(f.tell(), f.readline(), f.tell())
    pos = f.tell()
    f.read()
    print(f.seek(pos), f.read())
    print(f.seek(0, 2), f.seek(0, 1), f.seek(0))
os.remove(path)
