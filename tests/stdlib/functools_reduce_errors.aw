# functools.reduce errors, as CPython words them
from functools import reduce
def attempt(*args):
    try:
        reduce(*args)
    except TypeError as e:
        print(e)
attempt()
attempt(max)
attempt(max, [], 1, 2)
attempt(max, 5)
attempt(max, [])
attempt(lambda a, b: a + b, [1, "x"])
