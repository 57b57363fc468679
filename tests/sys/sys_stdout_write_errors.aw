import sys

for bad in [1, b"bytes", None]:
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print(e)
try:
    sys.stdout.write()
except TypeError as e:
    print(e)
try:
    sys.stdout.write("a", "b")
except TypeError as e:
    print(e)
