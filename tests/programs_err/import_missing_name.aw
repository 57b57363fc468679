# from-import of a name a built-in module does not define.
import sys

print(sys.maxsize > 0)
from sys import no_such_function
