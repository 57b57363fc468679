marker = "set in main"
import _imports_main

print(_imports_main.seen)
import __main__
print(__main__.marker, __main__ is _imports_main.__main__)
