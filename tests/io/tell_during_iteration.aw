# tell() is refused while a for loop iterates over a text file
import os

path = "/tmp/aw_io_tell_during_iteration.txt"
with open(path, "w") as f:
    f.write("a\nb\nc\n")
with open(path) as f:
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print(line.strip(), e)
        break
    print(f.readline(), end="")
    f.seek(0)
    print(f.tell())
    for line in f:
        pass
    print(f.tell())
os.remove(path)
