# A journal kept in text files: open() for writing, appending and reading,
# readline/readlines, iteration by line, seek/tell, binary mode, os.path
# checks, os.remove, FileNotFoundError. Files live in a temporary directory.
import os

TMP = os.environ.get("TMPDIR", "/tmp")
PATH = os.path.join(TMP, "aw_programs_file_journal.txt")
BIN = os.path.join(TMP, "aw_programs_file_journal.bin")


class Journal:
    def __init__(self, path):
        self.path = path

    def write_all(self, entries):
        with open(self.path, "w", encoding="utf-8") as f:
            for e in entries:
                f.write(e + "\n")

    def append(self, entry):
        with open(self.path, "a") as f:
            n = f.write(entry + "\n")
        return n

    def entries(self):
        with open(self.path, encoding="utf-8") as f:
            return [line.rstrip("\n") for line in f]

    def count_words(self):
        total = 0
        with open(self.path) as f:
            while True:
                line = f.readline()
                if not line:
                    break
                total += len(line.split())
        return total


for p in (PATH, BIN):
    if os.path.exists(p):
        os.remove(p)
j = Journal(PATH)
j.write_all(["monday: rain", "tuesday: sun, café"])
print(j.append("wednesday: wind"), j.entries(), j.count_words())
print(os.path.exists(PATH), os.path.isfile(PATH), os.path.isdir(PATH), os.path.isdir(TMP))
print(os.path.basename(PATH), os.path.splitext(os.path.basename(PATH)))

with open(PATH) as f:
    print(repr(f.readline()), f.tell())
    rest = f.readlines()
    print(rest, repr(f.read()), repr(f.readline()))
    f.seek(0)
    print(repr(f.read(6)), f.tell())
    f.seek(0)
    print(len(f.read()), f.closed, f.name == PATH, f.mode)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)

f = open(PATH, "r+")
f.seek(0)
f.write("MONDAY")
f.close()
with open(PATH) as f:
    print(f.read().splitlines()[0])

data = bytes(range(250, 256)) + "é".encode("utf-8") + b"\x00end"
with open(BIN, "wb") as f:
    print(f.write(data))
with open(BIN, "rb") as f:
    raw = f.read()
    f.seek(-3, 2)
    tail = f.read()
    f.seek(2)
    print(raw, raw == data, tail, f.read(2), f.tell(), type(raw).__name__)
with open(PATH, "w") as f:
    print("line one", file=f)
    print("line", "two", sep="-", end="!\n", file=f)
with open(PATH) as f:
    print(f.read().split("\n"))

os.remove(PATH)
os.remove(BIN)
print(os.path.exists(PATH))
for action in [lambda: open(PATH), lambda: os.remove(PATH)]:
    try:
        action()
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror, e.filename == PATH, isinstance(e, OSError))
try:
    open(TMP)
except IsADirectoryError as e:
    print("IsADirectoryError:", e.strerror)
try:
    open(PATH, "q")
except ValueError as e:
    print("ValueError:", e)
