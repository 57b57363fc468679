try:
    import _rel.inner.too_far
except ImportError as e:
    print(type(e).__name__, e)
import sys
print("_rel.inner.too_far" in sys.modules)
