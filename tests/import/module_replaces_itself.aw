import _replacer
import sys

print(_replacer, type(_replacer).__name__)
print(sys.modules["_replacer"] is _replacer)
