# readlines, with and without a size hint
import os

path = "/tmp/aw_io_readlines.txt"
with open(path, "w") as f:
    f.writelines(["abc\n", "def\n", "ghi\n", "jkl"])
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    print(f.readlines(2), f.readlines(5), f.readlines(-1), f.readlines())
with open(path) as f:
    print(f.readlines(0))
os.remove(path)
