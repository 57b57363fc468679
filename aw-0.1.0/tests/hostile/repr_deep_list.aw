nested = []
for _ in range(10000):
    nested = [nested]
try:
    s = repr(nested)
    print("no error", len(s))
except RecursionError:
    print("RecursionError")
print("still alive")
