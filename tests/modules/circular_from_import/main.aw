# `from a import name` during a circular import, when a has not yet
# defined name, raises ImportError naming the partly initialised module.
import sys
sys.path.insert(0, "_lib")

try:
    import left
except ImportError as e:
    print(type(e).__name__, e.name)
    print(str(e).split(" (most likely")[0])
print("left" in sys.modules, "right" in sys.modules)
