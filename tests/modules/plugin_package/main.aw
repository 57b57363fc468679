# Plugins in a package register themselves on import through a decorator
# defined in the package's __init__; importing the submodules fills the
# registry, and the main program dispatches by name.
import sys
sys.path.insert(0, "_lib")

import plugins
print(sorted(plugins.REGISTRY))
import plugins.upper
import plugins.reverse
from plugins import count
print(sorted(plugins.REGISTRY))
for name in ["upper", "reverse", "count", "missing"]:
    print(name, plugins.run(name, "Hello World"))
print(plugins.REGISTRY["count"].__module__, plugins.upper.__name__, count.NAME)
