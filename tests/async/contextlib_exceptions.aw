# exceptions thrown into the generator: suppressed, replaced, re-raised
from contextlib import contextmanager

@contextmanager
def suppressing(*types):
    try:
        yield
    except types as e:
        print('suppressed', repr(e))

@contextmanager
def replacing():
    try:
        yield
    except KeyError as e:
        raise ValueError('replaced') from e

@contextmanager
def plain():
    yield

with suppressing(KeyError):
    raise KeyError('k')
print('after suppress')
try:
    with suppressing(KeyError):
        raise ValueError('v')
except ValueError as e:
    print('propagated', repr(e))
try:
    with replacing():
        raise KeyError('k')
except ValueError as e:
    print(repr(e), 'from', repr(e.__cause__))
original = IndexError('same object')
try:
    with plain():
        raise original
except IndexError as e:
    print('identity kept', e is original)
try:
    with plain():
        raise StopIteration('si')
except StopIteration as e:
    print('StopIteration passes through', e)
