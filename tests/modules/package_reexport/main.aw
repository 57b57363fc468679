# A package that re-exports names from its submodules in __init__ and
# declares __all__, so `from engine import *` gives the public API.
import sys
sys.path.insert(0, "_lib")

from engine import *
print(sorted([n for n in globals() if not n.startswith("__")]))
e = Engine(power=120)
print(e.start(), e.status(), Gear.ratios(), VERSION)
import engine
print(engine.core.Engine is Engine, engine.gears.Gear is Gear, engine.__all__)
print(hasattr(engine, "_internal"), engine._internal())
