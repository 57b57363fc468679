# r+ and w+ read and write the same file
import os

path = "/tmp/aw_io_read_plus_write.txt"
with open(path, "w+") as f:
    f.write("abcdef")
    print(f.tell())
    f.seek(0)
    print(f.read())
    f.seek(2)
    f.write("XY")
    f.seek(0)
    print(f.read())
with open(path, "r+") as f:
    f.write("12")
    print(f.read())
    f.seek(0)
    print(f.read())
with open(path, "r+b") as f:
    print(f.read(1), f.write(b"Z"), f.tell())
    f.seek(0)
    print(f.read())
os.remove(path)
