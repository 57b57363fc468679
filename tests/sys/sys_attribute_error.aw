import sys

try:
    sys.nothere
except AttributeError as e:
    print(e)
sys.custom = 5
print(sys.custom)
from sys import argv, path as p, exit
print(p is sys.path, exit is sys.exit)
