# mode a writes at the end; tell starts at the size of the file
import os

path = "/tmp/aw_io_append_mode.txt"
with open(path, "w") as f:
    f.write("one\n")
with open(path, "a") as f:
    print(f.tell())
    f.write("two\n")
with open(path, "a") as f:
    f.write("three\n")
with open(path) as f:
    print(f.read(), end="")
with open(path, "a+") as f:
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.readline()))
    f.write("four\n")
    f.seek(0)
    print(f.read().split())
os.remove(path)
