alpha = "alpha"
beta = "beta"
_gamma = "hidden"
import _simple as _imported
