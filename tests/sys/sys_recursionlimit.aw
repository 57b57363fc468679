import sys

print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
for bad in [0, -5, "x", 1.5, 2 ** 31, 2 ** 64, None]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(sys.getrecursionlimit())
try:
    sys.getrecursionlimit(1)
except TypeError as e:
    print(e)
try:
    sys.setrecursionlimit()
except TypeError as e:
    print(e)
