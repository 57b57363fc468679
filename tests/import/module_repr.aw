import _simple
import _pkg
import sys

here = __file__.rpartition("/")[0]
print(repr(_simple).replace(here, "."))
print(str(_pkg).replace(here, "."))
print(sys)
print(type(_simple), type(_simple) is type(sys))
