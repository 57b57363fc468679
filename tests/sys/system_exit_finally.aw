import sys


def work():
    try:
        sys.exit(4)
    finally:
        print("finally runs")


try:
    work()
except Exception:
    print("not an Exception")
print("after")
work()
