import sys

sys.path.insert(0, "_shadow")
saved = sys.modules.pop("sys")
import sys as again
print(again.__name__, repr(again), again is saved)
sys.modules["sys"] = saved
