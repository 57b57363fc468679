# Imports inside functions and class bodies bind local names; the module
# is still loaded once; several modules in one statement; parenthesised
# from-imports across lines.
import sys
sys.path.insert(0, "_lib")

import colors, sizes
from colors import (
    RED,
    GREEN as G,
)


def paint():
    from colors import BLUE
    import sizes as sz
    return BLUE, sz.LARGE, "BLUE" in globals(), "sz" in locals()


class Theme:
    from colors import RED as primary
    import sizes
    default_size = sizes.MEDIUM


print(RED, G, paint(), "BLUE" in globals())
print(Theme.primary, Theme.default_size, Theme.sizes is sizes, colors.loads)
print(sorted([m for m in sys.modules if m in ("colors", "sizes")]))
