import sys

print("stdout line")
n = sys.stderr.write("stderr line\n")
print(n)
sys.stderr.flush()
sys.exit(1)
