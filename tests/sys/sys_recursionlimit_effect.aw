import sys


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


sys.setrecursionlimit(60)
print(depth(30))
try:
    depth(100)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
print(depth(500))
