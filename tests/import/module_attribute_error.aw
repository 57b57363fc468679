import _simple
import sys

for m, name in [(_simple, "nothere"), (sys, "nothere")]:
    try:
        getattr(m, name)
    except AttributeError as e:
        print(e)
print(getattr(_simple, "nothere", "default"), hasattr(_simple, "a"))
