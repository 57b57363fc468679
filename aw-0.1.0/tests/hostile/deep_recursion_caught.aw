def forever(n):
    return forever(n + 1)
for attempt in range(3):
    try:
        forever(0)
    except RecursionError:
        print("RecursionError", attempt)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(300))
