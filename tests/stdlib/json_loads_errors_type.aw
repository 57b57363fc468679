# loads rejects what is not a document, and unknown keywords
import json

for bad in [1, None, [1], 2.5]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.loads("1", bogus=1)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads()
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads("[1, x]", object_hook=None)
except ValueError as e:
    print("ValueError:", e)
