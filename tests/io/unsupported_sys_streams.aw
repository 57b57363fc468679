# sys's streams and files raise the same io.UnsupportedOperation
import io
import sys

for op in [sys.stdout.read, sys.stderr.readline, lambda: sys.stdin.write("x")]:
    try:
        op()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
