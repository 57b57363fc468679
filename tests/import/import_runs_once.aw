import _counter
import _counter
import _counter as again
import sys

print(again is _counter, sys.modules["_counter"] is _counter)
print(_counter.count)
