# the io module shares open and the file types with the builtins
import io
import os

print(io.open is open, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.TextIOWrapper, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.FileIO)
print(io.UnsupportedOperation.__mro__)
path = "/tmp/aw_io_io_module.txt"
with io.open(path, "w") as f:
    print(isinstance(f, io.TextIOWrapper), isinstance(f, io.BufferedReader))
with open(path, "rb") as f:
    print(isinstance(f, io.BufferedReader))
import _io
print(_io.TextIOWrapper is io.TextIOWrapper)
try:
    io.TextIOWrapper()
except TypeError:
    print("TypeError")
os.remove(path)
