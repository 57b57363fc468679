# name, mode, closed, encoding and the type names
import os

path = "/tmp/aw_io_file_attributes.txt"
for mode in ["w", "r", "a", "r+", "w+", "a+", "rt", "wb", "rb", "ab", "r+b", "w+b", "a+b", "br"]:
    f = open(path, mode)
    print(mode, type(f).__name__, repr(f.mode), f.name == path, f.closed)
    f.close()
with open(path, "w", encoding="latin-1", errors="replace") as f:
    print(f.encoding, f.errors, f.line_buffering, f.newlines)
f = open(path, "rb", buffering=0)
print(type(f).__name__, f.mode, f.closefd)
f.close()
os.remove(path)
