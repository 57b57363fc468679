# iterating over a file yields its lines
import os

path = "/tmp/aw_io_iterate_lines.txt"
with open(path, "w") as f:
    for i in range(5):
        print("line", i, file=f)
with open(path) as f:
    for n, line in enumerate(f):
        print(n, repr(line))
with open(path) as f:
    print(list(f))
    print(list(f))
with open(path) as f:
    print([len(l) for l in f if "3" not in l])
os.remove(path)
