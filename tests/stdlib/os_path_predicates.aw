import os
me = 'os_path_predicates.aw'
print(os.path.exists(me), os.path.isfile(me), os.path.isdir(me), os.path.islink(me), os.path.lexists(me))
print(os.path.exists('.'), os.path.isdir('.'), os.path.isfile('.'), os.path.isdir('..'))
print(os.path.exists('no_such_file_here'), os.path.isfile('no_such_file_here'), os.path.isdir('no_such_dir_here'))
print(os.path.exists('a\0b'), os.path.exists(b'.'), os.path.isdir(b'.'))
print(os.path.getsize(me) > 100, os.path.getmtime(me) > 1e9, os.path.getsize(me) == os.path.getsize(os.path.abspath(me)))
for call in [lambda: os.path.exists(None), lambda: os.path.getsize('no_such_file_here'), lambda: os.path.getsize('a\0b')]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
