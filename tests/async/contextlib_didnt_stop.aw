# a generator that yields again, on the normal and the exceptional exit
from contextlib import contextmanager

@contextmanager
def keeps_going():
    try:
        yield
    except ZeroDivisionError:
        yield

try:
    with keeps_going():
        1 / 0
except RuntimeError as e:
    print(e)

@contextmanager
def twice():
    yield 1
    yield 2

with twice():
    pass
