# every newline= value, reading and writing
import os

path = "/tmp/aw_io_newline_argument.txt"
with open(path, "wb") as f:
    f.write(b"ab\r\ncd\ref\ngh")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(path, newline=nl) as f:
        print(repr(nl), f.readlines(), f.newlines)
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(path + "2", "w", newline=nl) as f:
        n = f.write("a\nb\r\nc\r")
    with open(path + "2", "rb") as f:
        print(repr(nl), n, f.read())
try:
    open(path, newline="x")
except ValueError as e:
    print("ValueError:", e)
try:
    open(path, newline=5)
except TypeError as e:
    print("TypeError:", e)
os.remove(path)
os.remove(path + "2")
