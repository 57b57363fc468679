# A relative import that climbs above the top-level package fails with
# ImportError: attempted relative import beyond top-level package.
import sys
sys.path.insert(0, "_lib")

import solo.part
print(solo.part.VALUE)
import solo.climber
