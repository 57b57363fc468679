# copy.Error, and objects that cannot be copied
import copy

print(copy.Error is copy.error, issubclass(copy.Error, Exception))
try:
    copy.copy()
except TypeError:
    print("TypeError")
try:
    copy.deepcopy()
except TypeError:
    print("TypeError")
import json
try:
    copy.deepcopy(json)
except TypeError as e:
    print("TypeError:", e)
deep = [1]
for i in range(3000):
    deep = [deep]
try:
    copy.deepcopy(deep)
except RecursionError:
    print("RecursionError")
