from sys import *

print(type(argv).__name__, type(path).__name__, exit.__name__)
print(maxsize)
