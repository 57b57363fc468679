import _both

print(_both.kind, _both.__file__.endswith("__init__.aw"))
