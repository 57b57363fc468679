# reading a file opened for writing, and the reverse
import io
import os

path = "/tmp/aw_io_unsupported_operation.txt"
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
with open(path, "w") as f:
    for op in [f.read, f.readline, lambda: next(f)]:
        try:
            op()
        except io.UnsupportedOperation as e:
            print(type(e).__name__, e)
    print(f.readable(), f.writable(), f.seekable())
with open(path) as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.writelines(["x"])
    except ValueError as e:
        print(type(e).__name__, e)
    print(f.readable(), f.writable())
with open(path, "wb") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print("binary", e)
with open(path, "rb") as f:
    try:
        f.write(b"x")
    except io.UnsupportedOperation as e:
        print("binary", e)
os.remove(path)
