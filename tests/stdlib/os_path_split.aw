import os.path as p
for s in ['/a/b/c.txt', '/a/b/', 'a', '///a', '//a//b', '/', '//', 'a//b', '', 'a/b/', '/usr', 'x/.']:
    print(repr(s), p.split(s), repr(p.basename(s)), repr(p.dirname(s)))
print(p.split(b'/x/y'), p.basename(b'/x/y'), p.dirname(b'/x/y'))
for f in [p.split, p.basename, p.dirname]:
    try:
        f(5)
    except TypeError as e:
        print('TypeError', e)
