import sys


def nested(n):
    if n == 0:
        try:
            sys.setrecursionlimit(5)
        except RecursionError as e:
            print(e)
        return
    nested(n - 1)


nested(10)
try:
    sys.setrecursionlimit(2)
except RecursionError as e:
    print(e)
sys.setrecursionlimit(50)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
