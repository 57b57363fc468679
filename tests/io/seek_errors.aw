# seeks that text files refuse, and bad whence values
import io
import os

path = "/tmp/aw_io_seek_errors.txt"
with open(path, "w") as f:
    f.write("text")
with open(path) as f:
    for args in [(1, 1), (-1, 2), (-1,), (0, 3)]:
        try:
            f.seek(*args)
        except (ValueError, io.UnsupportedOperation) as e:
            print(type(e).__name__, e)
with open(path, "rb") as f:
    try:
        f.seek(-1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(1.5)
    except TypeError as e:
        print(type(e).__name__, e)
os.remove(path)
