# print(file=f) writes through the file's write method
import os

path = "/tmp/aw_io_print_to_file.txt"
with open(path, "w") as f:
    print("a", 1, [2], sep="|", file=f)
    print("no newline", end="", file=f)
    print(file=f)
    print("flushed", file=f, flush=True)
with open(path) as f:
    print(f.read(), end="")
os.remove(path)
