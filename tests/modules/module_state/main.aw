# Module globals are shared state: functions in the module see changes made
# from outside through the module object, while a from-import is a copy of
# the binding at import time.
import sys
sys.path.insert(0, "_lib")

import settings
from settings import level, names

print(settings.describe(), level)
settings.level = 5
settings.set_name("b")
print(settings.describe(), level, names, settings.names is names)
level = 99
print(settings.level, settings.describe())
settings.bump()
print(settings.level, level)
setattr(settings, "extra", "added")
print(settings.show_extra(), getattr(settings, "missing", "default"))
delattr(settings, "extra")
print(settings.show_extra())
print(sorted([k for k in vars(settings) if not k.startswith("__")]))
