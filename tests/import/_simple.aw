"""A plain module."""
print("loading _simple as", __name__)
a = 1
b = "two"
_private = 3


def hello(who):
    return "hello " + who
