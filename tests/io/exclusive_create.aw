# mode x creates a file and fails when it exists
import os

path = "/tmp/aw_io_exclusive_create.txt"
with open(path, "x") as f:
    f.write("new")
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == path)
    print(e)
with open(path, "xb" if False else "rb") as f:
    print(f.read())
os.remove(path)
with open(path, "xb") as f:
    print(f.mode, f.write(b"ok"))
os.remove(path)
