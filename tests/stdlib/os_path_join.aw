import os.path
j = os.path.join
print(j('a'), j('a', 'b', 'c'), j('a/', 'b'), j('a', '/b', 'c'), j('', 'b'), j('a', ''), j('/', 'x'), j('a', '', 'b'))
print(j(b'a', b'b'), j(b'/x', b'y/', b'z'))
def check(*args):
    try:
        print(repr(j(*args)))
    except TypeError as e:
        print('TypeError', e)
check()
check('a', b'b')
check(b'a', 'b')
check(1, 'a')
check('a', 1)
check('a', None)
check(os.path, 'x')
