# readline keeps the newline; an empty string means the end of the file
import os

path = "/tmp/aw_io_readline.txt"
with open(path, "w") as f:
    f.write("first\nsecond\n\nlast")
with open(path) as f:
    while True:
        line = f.readline()
        if not line:
            break
        print(repr(line))
    print(repr(f.readline()))
with open(path) as f:
    print(repr(f.readline(3)), repr(f.readline(0)), repr(f.readline(100)), repr(f.readline(-1)))
os.remove(path)
