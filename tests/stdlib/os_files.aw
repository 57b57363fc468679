import os
base = '/tmp/aw_os_files_%d' % os.getpid()
os.mkdir(base)
name = os.path.join(base, 'data.txt')
with open(name, 'w') as f:
    f.write('hello world\n')
print(os.path.isfile(name), os.path.getsize(name), os.path.exists(name), os.listdir(base))
os.rename(name, os.path.join(base, 'moved.txt'))
print(os.listdir(base), os.path.exists(name))
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.mkdir(os.path.join(base, 'moved.txt'))
except FileExistsError as e:
    print('FileExistsError', e.errno)
try:
    os.makedirs(os.path.join(base, 'moved.txt', 'sub'))
except NotADirectoryError as e:
    print('NotADirectoryError', e.errno, e.strerror)
try:
    os.listdir(os.path.join(base, 'moved.txt'))
except NotADirectoryError as e:
    print('NotADirectoryError', str(e).replace(base, 'BASE'))
try:
    os.makedirs(os.path.join(base, 'moved.txt'), exist_ok=True)
except FileExistsError as e:
    print('FileExistsError', str(e).replace(base, 'BASE'))
os.unlink(os.path.join(base, 'moved.txt'))
print(os.listdir(base))
os.rmdir(base)
print(os.path.exists(base))
