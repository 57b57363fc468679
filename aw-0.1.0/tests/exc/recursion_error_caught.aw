def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(200))
try:
    down(0)
except RecursionError:
    print("again")
