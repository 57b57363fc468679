# the repr of every kind of file object, open and closed
import os

path = "/tmp/aw_io_file_repr.txt"
f = open(path, "w", encoding="utf-8")
print(repr(f))
f.close()
print(repr(f))
for mode in ["rb", "wb", "r+b"]:
    with open(path, mode) as f:
        print(repr(f))
with open(path, encoding="utf-8") as f:
    print(repr(f))
f = open(path, "rb", buffering=0)
print(repr(f))
f.close()
print(repr(f))
with open(path.encode(), encoding="utf-8") as f:
    print(repr(f))
print(type(open))
print(open)
os.remove(path)
