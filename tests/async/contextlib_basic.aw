# @contextmanager: enter, exit, the value of `as`
from contextlib import contextmanager

@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)

with tag('a') as t:
    print('inside', t)
with tag('outer'), tag('inner') as i:
    print('nested', i)
try:
    with tag('raising'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))
print(tag.__name__, tag.__wrapped__.__name__, type(tag('x')).__name__)
