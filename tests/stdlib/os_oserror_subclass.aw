for args in [(2, 'No such file or directory', 'x'), (13, 'Permission denied'), (17, 'File exists', 'f'), (20, 'Not a directory'), (21, 'Is a directory', 'd'), (1, 'Operation not permitted'), (99, 'other')]:
    e = OSError(*args)
    print(type(e).__name__, e, e.errno, e.strerror, e.filename)
import os
try:
    os.rmdir('/nonexistent_aw_dir/x')
except FileNotFoundError as e:
    print(type(e).__mro__[1].__name__, e)
