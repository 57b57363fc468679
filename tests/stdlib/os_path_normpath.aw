import os.path
for s in ['', 'a//b/./c/../d', '/../a', '../../a/..', '//a', '///a/b/', './', '.', '..', '/', '//', '///', 'a/b/../../..', '/a/./b/../../..', 'a/../b/../c', '//a/../..', 'foo/./bar/']:
    print(repr(s), repr(os.path.normpath(s)))
print(os.path.normpath(b'a/../..'), os.path.normpath(b''))
print(os.path.abspath('/a/../b'), os.path.abspath('/'), os.path.abspath('//x/y/'))
print(os.path.abspath('x') == os.path.join(os.getcwd(), 'x'), os.path.abspath('.') == os.getcwd(), os.path.abspath(b'.') == os.getcwdb())
print(os.path.isabs('/a'), os.path.isabs('a'), os.path.isabs(''), os.path.isabs(b'/'))
