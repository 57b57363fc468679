import sys
count = getattr(sys, "_aw_test_count", 0) + 1
sys._aw_test_count = count
print("executing _counter, time", count)
