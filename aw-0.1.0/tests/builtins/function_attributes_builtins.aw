def f():
    pass
print(hasattr(f, "tag"), getattr(f, "tag", "default"))
setattr(f, "tag", 42)
print(hasattr(f, "tag"), getattr(f, "tag"), f.tag)
f.other = "o"
print(sorted(vars(f).items()))
delattr(f, "tag")
print(hasattr(f, "tag"), vars(f))
print(getattr(f, "__name__"), hasattr(f, "__call__"), hasattr(5, "real"), getattr(5, "imag"))
try:
    getattr(f, "tag")
except AttributeError as e:
    print(e)
try:
    delattr(f, "tag")
except AttributeError as e:
    print(e)
