# binary files take and give bytes
import os

path = "/tmp/aw_io_binary_mode.bin"
with open(path, "wb") as f:
    print(f.write(bytes(range(256))), f.write(b""), f.tell())
with open(path, "rb") as f:
    data = f.read()
    print(type(data).__name__, len(data), data[:5], data[-3:])
with open(path, "rb") as f:
    print(f.read(4), f.read(2), f.tell())
    print(f.readline()[:3])
with open(path, "ab") as f:
    f.write(b"\r\nend\n")
with open(path, "rb") as f:
    print(f.readlines()[-2:])
os.remove(path)
