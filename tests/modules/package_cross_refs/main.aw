# Two submodules of one package refer to each other through the package
# (import pkg.b at the top, attribute access at call time), which works
# even though the imports are circular.
import sys
sys.path.insert(0, "_lib")

import zoo.animals
import zoo.keepers
print(zoo.animals.feed_all())
print(zoo.keepers.roster())
print(sorted([m for m in sys.modules if m.startswith("zoo")]), zoo.order)
