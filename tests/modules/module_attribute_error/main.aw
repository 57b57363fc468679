# Attribute errors on modules use CPython's message; getattr defaults and
# hasattr work on modules; dir() lists the module's names.
import sys
sys.path.insert(0, "_lib")

import consts
print(consts.PI, getattr(consts, "TAU", "no tau"), hasattr(consts, "E"), hasattr(consts, "PHI"))
print([n for n in dir(consts) if not n.startswith("_")])
try:
    consts.PHI
except AttributeError as e:
    print("AttributeError:", e)
try:
    sys.no_such_thing
except AttributeError as e:
    print("AttributeError:", e)
print(consts.area(2))
