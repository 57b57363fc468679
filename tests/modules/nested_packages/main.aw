# Deeply nested packages: import a.b.c binds a; each level's __init__ runs
# once, outermost first; from a.b import c and attributes on parents.
import sys
sys.path.insert(0, "_lib")

import outer.middle.inner
print(outer.middle.inner.VALUE, outer.LOG)
from outer.middle import inner
from outer import middle
print(inner is outer.middle.inner, middle.inner is inner, outer.LOG)
import outer.middle.inner.leaf as leaf
print(leaf.where(), outer.LOG, inner.leaf is leaf)
print(leaf.__name__, leaf.__package__, inner.__package__, middle.__package__)
print("outer" in dir(), "middle" in dir(), "inner" in dir(), "leaf" in dir())
