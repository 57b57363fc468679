# floats use float.__repr__; the specials get JavaScript's names
import json

vals = [1.0, 2.5, 1e16, 1e22, 1.5e300, 5e-324, 1e-5, 0.0001, 100.0, 3.141592653589793]
print(json.dumps(vals))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
for kw in [{}, {"indent": 1}]:
    for v in [float("nan"), float("inf"), -float("inf")]:
        try:
            json.dumps([v], allow_nan=False, **kw)
        except ValueError as e:
            print("ValueError:", e)
print(json.loads(json.dumps(0.1)) == 0.1)
print(json.dumps({"k": 1e100}))
