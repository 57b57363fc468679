# import X as Y, from X import a as b, module attributes and __name__.
import sys
sys.path.insert(0, "_lib")

import geometry as geo
from geometry import Point as P, distance as dist, ORIGIN

p = P(3, 4)
print(dist(ORIGIN, p), geo.distance(p, geo.Point(0, 4)), geo.__name__, __name__)
print(isinstance(p, geo.Point), P is geo.Point, type(p).__module__, type(p).__qualname__)
print(repr(p), str(ORIGIN), geo.Point.__module__, geo.distance.__module__)
print("geo" in dir(), "geometry" in dir(), "geometry" in sys.modules, "geo" in sys.modules)
print(repr(p).startswith("Point"), geo.__doc__)
print(sys.modules["geometry"] is geo, geo.__file__.endswith("geometry.aw"))
