import _pkg._sub.leaf as leaf

print(leaf.__name__, leaf.leaf_value)
print("_pkg" in dir())
import sys
print(sys.modules["_pkg._sub"].leaf is leaf)
