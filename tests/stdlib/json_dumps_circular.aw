# cycles are detected; shared (non-cyclic) values are fine
import json

a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = [d]
try:
    json.dumps(d, indent=2)
except ValueError as e:
    print("ValueError:", e)
shared = [1, 2]
print(json.dumps([shared, shared, {"x": shared}]))
try:
    json.dumps(range(1), default=lambda o: o)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps(a, check_circular=False)
except RecursionError:
    print("RecursionError")
