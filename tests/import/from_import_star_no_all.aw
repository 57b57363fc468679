from _no_all import *

print(alpha, beta)
names = dir()
print("_gamma" in names, "_imported" in names, "_simple" in names)
print(__name__)
