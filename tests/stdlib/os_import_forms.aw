import os
import os.path
import os.path as osp
from os import path
from os.path import join, splitext
print(os.path is osp, path is os.path, join('a', 'b'), splitext('x.y'))
print(os.path.__name__, os.__name__)
import posixpath
print(posixpath is os.path, posixpath.join('x', 'y'))
