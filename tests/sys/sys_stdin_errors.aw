import sys

try:
    sys.stdout.read()
except OSError as e:
    print(type(e).__name__, e)
try:
    sys.stdin.write("x")
except OSError as e:
    print(type(e).__name__, e)
try:
    sys.stdin.read("x")
except TypeError as e:
    print(e)
