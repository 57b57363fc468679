import os
print(repr(os.sep), repr(os.linesep), os.name, os.curdir, os.pardir, os.extsep, os.altsep, os.pathsep, os.devnull)
print(os.path.sep, os.path.curdir, os.path.pardir, os.path.extsep, os.path.altsep, os.path.pathsep, os.path.devnull)
print(type(os.getpid()).__name__, os.getpid() > 0, type(os.getcwd()).__name__, type(os.getcwdb()).__name__)
print(len(os.urandom(16)), type(os.urandom(0)).__name__, os.urandom(0))
