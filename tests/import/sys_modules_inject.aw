import sys

sys.modules["_injected"] = sys
import _injected
from _injected import modules

print(_injected is sys, modules is sys.modules)
del sys.modules["_injected"]
try:
    import _injected
except ModuleNotFoundError as e:
    print(e)
