# arbitrary attributes live in __dict__
def f():
    f.calls += 1
    return f.calls

f.calls = 0
f()
f()
print(f.calls, f.__dict__)
f.tag = "x"
print(sorted(f.__dict__), hasattr(f, "tag"), getattr(f, "nope", None))
del f.tag
print(hasattr(f, "tag"))
try:
    f.missing
except AttributeError as e:
    print(e)
try:
    del f.missing
except AttributeError as e:
    print(e)
f.__dict__ = {"y": 1}
print(f.y)
