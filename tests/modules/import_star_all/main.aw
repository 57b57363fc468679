# from m import * honours __all__; without __all__ it skips _private names.
import sys
sys.path.insert(0, "_lib")

from shapes import *
from helpers import *

print(sorted([n for n in globals() if not n.startswith("__")]))
print(Square(3).area(), Circle(1).area() > 3, public())
print("_Base" in globals(), "Triangle" in globals(), "_hidden" in globals(), "math" in globals())
import shapes
print(shapes.__all__, shapes.Triangle(3, 4).area(), shapes._Base.__name__)
