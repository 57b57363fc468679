import os
base = '/tmp/aw_os_errors_%d' % os.getpid()
os.mkdir(base)
os.mkdir(base + '/sub')
def check(f, *args, **kw):
    try:
        f(*args, **kw)
        print('ok')
    except OSError as e:
        print(type(e).__name__, e.errno, str(e).replace(base, 'BASE'), e.filename == args[0], isinstance(e, OSError))
    except Exception as e:
        print(type(e).__name__, e)
check(os.remove, base + '/nope')
check(os.unlink, base + '/nope')
check(os.rmdir, base + '/nope')
check(os.rmdir, base)
check(os.mkdir, base)
check(os.mkdir, base + '/x/y')
check(os.makedirs, base)
check(os.makedirs, base, exist_ok=True)
check(os.rename, base + '/nope', base + '/x')
check(os.listdir, base + '/nope')
check(os.remove, base + '/sub')
check(os.remove, 5)
check(os.remove, 'a\0b')
check(os.remove)
check(os.rename, 1, 2)
check(os.rename, 'a', 2)
check(os.listdir, 1.5)
check(os.getcwd, 1)
os.rmdir(base + '/sub')
os.rmdir(base)
try:
    os.listdir(base)
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename == base, e.args)
