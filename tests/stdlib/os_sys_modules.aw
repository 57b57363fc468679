import sys
import os.path
print(sys.modules['os.path'] is os.path, sys.modules['posixpath'] is os.path, sys.modules['os'] is os)
import math, random, time, string
print([m in sys.modules for m in ['math', 'random', 'time', 'string']])
print(type(math).__name__, math.__name__, random.__name__, time.__name__, string.__name__, os.path.__name__)
from math import *
print(floor(2.5), pi)
