# argument errors of json.dumps
import json

try:
    json.dumps()
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(1, bogus=True)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps(obj=[1]))
