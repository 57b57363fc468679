# newline=None reads \r\n and \r as \n; newlines reports what was seen
import os

path = "/tmp/aw_io_universal_newlines.txt"
with open(path, "wb") as f:
    f.write(b"dos\r\nmac\runix\nend")
with open(path) as f:
    print(f.newlines)
    print(f.readlines())
    print(f.newlines)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print([f.read(3) for i in range(6)])
with open(path, "rb") as f:
    print(f.readlines())
with open(path, "wb") as f:
    f.write(b"only\nunix\n")
with open(path) as f:
    f.read()
    print(repr(f.newlines))
os.remove(path)
