import sys

v = sys.version_info
print(v[:2], v.major, v.minor, v.releaselevel, v.serial, len(v))
print(v >= (3, 8), v < (4,), v[0] == v.major, isinstance(v, tuple))
print(type(v).__name__, isinstance(v.micro, int))
print(sys.version.startswith("3.11."), type(sys.version).__name__)
print(sys.hexversion >> 16 == 0x30B)
major, minor, micro, level, serial = v
print(major, minor, level)
