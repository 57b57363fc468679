# Modules run once and are cached in sys.modules; removing a module from
# sys.modules makes the next import run it again.
import sys
sys.path.insert(0, "_lib")

import noisy
import noisy
import noisy as again
from noisy import counter
print(noisy.runs(), again is noisy, sys.modules["noisy"] is noisy, counter)
first = noisy
del sys.modules["noisy"]
import noisy
print(noisy is first, noisy.runs(), first.runs())


def lazy():
    import noisy as n
    return n


print(lazy() is noisy, "n" in globals())
