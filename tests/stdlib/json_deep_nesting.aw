# deep nesting raises RecursionError instead of crashing; moderate nesting works
import json

ok = "[" * 200 + "]" * 200
print(len(json.dumps(json.loads(ok))))
for doc in ["[" * 100000, "[" * 100000 + "]" * 100000, '{"a":' * 100000]:
    try:
        json.loads(doc)
        print("parsed")
    except RecursionError:
        print("RecursionError")
x = []
for i in range(3000):
    x = [x]
try:
    json.dumps(x)
except RecursionError:
    print("RecursionError")
d = {}
for i in range(3000):
    d = {"k": d}
try:
    json.dumps(d, indent=1)
except RecursionError:
    print("RecursionError")
print(json.dumps([[[[1]]]]))
