import os
home = os.environ['HOME'].rstrip('/') or '/'
print(os.path.expanduser('~') == home, os.path.expanduser('~/x') == home + '/x')
print(os.path.expanduser('a~'), os.path.expanduser('x/~/y'), os.path.expanduser(''), os.path.expanduser('~nosuchuserzz/x'))
print(os.path.expanduser(b'~/q') == home.encode() + b'/q')
os.environ['HOME'] = '/custom/home/'
print(os.path.expanduser('~'), os.path.expanduser('~/a/b'))
os.environ['HOME'] = '/'
print(os.path.expanduser('~'), os.path.expanduser('~/a'))
