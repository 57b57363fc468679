# write a text file, read it back whole
import os

path = "/tmp/aw_io_write_read_text.txt"
f = open(path, "w")
print(f.write("hello\n"), f.write("world\n"), f.write(""))
f.close()
f = open(path)
print(repr(f.read()))
print(repr(f.read()))
f.close()
os.remove(path)
