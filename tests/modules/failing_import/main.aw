# A module that raises while importing is not cached: the error reaches
# the importer, sys.modules has no entry, and a second import runs it again.
import sys
sys.path.insert(0, "_lib")

import attempts

for i in range(2):
    try:
        import broken
    except ZeroDivisionError as e:
        print("import failed:", e, "| cached:", "broken" in sys.modules)
print(attempts.count)
try:
    from broken import VALUE
except ZeroDivisionError:
    print("from-import failed too", attempts.count)
attempts.fixed = True
import broken
print(broken.VALUE, "broken" in sys.modules, attempts.count)
