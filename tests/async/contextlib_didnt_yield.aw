from contextlib import contextmanager

@contextmanager
def noyield():
    if False:
        yield

with noyield():
    pass
