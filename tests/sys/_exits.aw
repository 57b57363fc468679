import sys

print("module exits")
sys.exit(7)
