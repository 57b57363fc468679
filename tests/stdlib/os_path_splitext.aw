import os.path
for s in ['a/b.c.txt', '.bashrc', 'a/..b', 'a.b/c', 'noext', 'x.', 'a/.hidden.txt', '...', 'f.tar.gz', '/a/b/.', 'a.b/.c.d', '']:
    print(repr(s), os.path.splitext(s))
print(os.path.splitext(b'f.tar.gz'))
try:
    os.path.splitext(None)
except TypeError as e:
    print('TypeError', e)
