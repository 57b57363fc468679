# a file that is dropped without close() is flushed and closed when it is
# collected (at once in CPython, at the next collection in aw)
import os

path = "/tmp/aw_io_closed_when_collected.txt"
def write_and_drop():
    f = open(path, "w")
    f.write("written by a dropped file")
write_and_drop()
for i in range(200):
    garbage = [i] * 10000
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
