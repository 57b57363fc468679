import sys

print(type(sys.path).__name__, len(sys.path) > 0)
here = __file__.rpartition("/")[0]
print(sys.path[0] == here)
print(all([isinstance(p, str) for p in sys.path]))
