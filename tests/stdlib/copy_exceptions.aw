# exceptions are copied through their args and attributes
import copy

e = ValueError("bad", 42)
c = copy.copy(e)
print(type(c).__name__, c.args, c is e)
d = copy.deepcopy(KeyError(["k"]))
print(type(d).__name__, d.args)
o = FileNotFoundError(2, "No such file or directory", "x.txt")
oc = copy.copy(o)
print(type(oc).__name__, oc.errno, oc.filename, oc)
