# open() accepts a file descriptor; closefd=False leaves it open
import os

path = "/tmp/aw_io_file_descriptor.txt"
with open(path, "w") as f:
    f.write("descriptor\nsecond line\n")
    print(f.fileno() > 2)
outer = open(path, "rb", buffering=0)
fd = outer.fileno()
f = open(fd, closefd=False)
print(f.name == fd, repr(f.read()))
f.close()
print(outer.closed, outer.seek(0), outer.read(4))
g = open(fd, "rb")
print(g.name == fd, g.read(3))
g.close()
try:
    outer.read()
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    open(987654)
except OSError as e:
    print(type(e).__name__, e)
os.remove(path)
