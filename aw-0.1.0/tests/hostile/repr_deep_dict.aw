d = {}
for _ in range(10000):
    d = {"k": d}
try:
    str(d)
    print("no error")
except RecursionError:
    print("RecursionError")
