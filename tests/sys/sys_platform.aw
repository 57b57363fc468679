import sys

print(sys.platform, sys.byteorder, sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.maxunicode, chr(sys.maxunicode) == "\U0010ffff")
print(sys.getdefaultencoding())
print(type(sys.executable).__name__, len(sys.executable) > 0)
