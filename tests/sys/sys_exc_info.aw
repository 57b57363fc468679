import sys

print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), type(tb).__name__)
    try:
        1 / 0
    except ZeroDivisionError:
        print(sys.exc_info()[0])
    print(sys.exc_info()[0])
print(sys.exc_info())


def in_function():
    return sys.exc_info()[1]


try:
    raise ValueError("seen in a call")
except ValueError:
    print(repr(in_function()))
