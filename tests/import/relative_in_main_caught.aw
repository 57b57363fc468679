try:
    from . import x
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from .. import x
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from .m import y
except ImportError as e:
    print(type(e).__name__, e, e.name)
