# An exception class defined in another module escapes: the last
# traceback line names it with its module, "errors.QuotaExceeded: ...".
import sys
sys.path.insert(0, "_lib")

from errors import QuotaExceeded, check

for used in [10, 50, 99]:
    print(used, check(used, 100))
check(120, 100)
