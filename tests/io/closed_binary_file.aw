# the binary layers word their closed-file errors their own way
import io
import os

path = "/tmp/aw_io_closed_binary_file.bin"
for mode in ["wb", "rb", "r+b"]:
    f = open(path, mode)
    f.close()
    for name, args in [("read", ()), ("readline", ()), ("write", (b"x",)),
                       ("seek", (0,)), ("tell", ()), ("flush", ()), ("readlines", ())]:
        try:
            getattr(f, name)(*args)
        except (ValueError, io.UnsupportedOperation) as e:
            print(mode, name, type(e).__name__, e)
os.remove(path)
