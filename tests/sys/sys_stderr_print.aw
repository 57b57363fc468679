import sys

print("to stdout")
print("to", "stderr", sep="-", file=sys.stderr)
print("last stderr line", file=sys.stderr, flush=True)
sys.exit(1)
