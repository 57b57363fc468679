# text files take str, binary files take bytes
import os

path = "/tmp/aw_io_write_type_errors.txt"
with open(path, "w") as f:
    for v in [b"bytes", 1, None]:
        try:
            f.write(v)
        except TypeError as e:
            print(e)
with open(path, "wb") as f:
    for v in ["str", 1]:
        try:
            f.write(v)
        except TypeError as e:
            print(e)
    try:
        f.writelines([b"ok", "no"])
    except TypeError as e:
        print(e)
with open(path, "rb") as f:
    print(f.read())
with open(path) as f:
    for v in ["a", 1.5]:
        try:
            f.read(v)
        except TypeError as e:
            print(e)
os.remove(path)
