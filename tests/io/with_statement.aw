# files are context managers: closed on leaving the block, even by an exception
import os

path = "/tmp/aw_io_with_statement.txt"
with open(path, "w") as f:
    f.write("data")
    print(f.closed)
print(f.closed)
try:
    with open(path) as g:
        print(g.read())
        raise KeyError("boom")
except KeyError as e:
    print("caught", e, g.closed)
h = open(path)
print(h.__enter__() is h, h.__exit__(None, None, None), h.closed)
os.remove(path)
