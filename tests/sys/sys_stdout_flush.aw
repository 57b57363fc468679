import sys

print("a", end="")
print(sys.stdout.flush())
print("b", flush=True)
print(sys.stderr.flush())
try:
    sys.stdout.flush(1)
except TypeError as e:
    print(e)
