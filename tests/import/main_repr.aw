import sys

here = __file__.rpartition("/")[0]
print(repr(sys.modules["__main__"]).replace(here, "."))
