# open() checks its mode and its other arguments as CPython does
import os

path = "/tmp/aw_io_mode_errors.txt"
with open(path, "w") as f:
    pass
for mode in ["rw", "q", "rU", "U", "", "rr", "r+b+", "bt", "wx", "b", "ra"]:
    try:
        open(path, mode)
    except ValueError as e:
        print(repr(mode), e)
for kw in [{"encoding": "utf-8"}, {"errors": "strict"}, {"newline": ""}]:
    try:
        open(path, "rb", **kw)
    except ValueError as e:
        print(e)
try:
    open(path, "r", buffering=0)
except ValueError as e:
    print(e)
for bad in [dict(mode=1), dict(encoding=1), dict(errors=2.5)]:
    try:
        open(path, **bad)
    except TypeError as e:
        print(e)
try:
    open(1.5)
except TypeError as e:
    print(e)
try:
    open()
except TypeError as e:
    print(e)
try:
    open(path, closefd=False)
except ValueError as e:
    print(e)
try:
    open("a\0b")
except ValueError as e:
    print(e)
try:
    open(path, encoding="nope")
except LookupError as e:
    print(e)
os.remove(path)
