# A circular import: a imports b while a is half initialised; b sees the
# names a defined before the import, and later calls see everything.
import sys
sys.path.insert(0, "_lib")

import alpha
print(alpha.order)
print(alpha.beta.seen_at_import)
print(alpha.beta.call_alpha(), alpha.beta.alpha is alpha)
print(alpha.from_beta())
