# non-str keys are converted as CPython converts them; others need skipkeys
import json

print(json.dumps({1: "int", 2.5: "float", True: "bool", False: "f", None: "none"}))
print(json.dumps({10 ** 20: 1, -3: 2, 1e16: 3, float("inf"): 4}))
try:
    json.dumps({(1, 2): "tuple"})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({frozenset(): 1})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "skip", "a": 1, (3,): "skip", "b": 2}, skipkeys=True))
print(json.dumps({(1, 2): "skip"}, skipkeys=True))
print(json.dumps({(1, 2): "skip"}, skipkeys=True, indent=2))
print(json.dumps({"a": 1, (1,): 2}, skipkeys=True, indent=2))
try:
    json.dumps({float("nan"): 1}, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
