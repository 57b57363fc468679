# flush makes writes visible to other readers; truncate cuts the file
import os

path = "/tmp/aw_io_truncate_flush.txt"
w = open(path, "w")
w.write("buffered")
with open(path) as r:
    print(repr(r.read()))
w.flush()
with open(path) as r:
    print(repr(r.read()))
print(w.truncate(3), w.tell())
w.close()
with open(path) as r:
    print(repr(r.read()))
with open(path, "r+") as f:
    print(f.truncate(), repr(f.read()))
os.remove(path)
