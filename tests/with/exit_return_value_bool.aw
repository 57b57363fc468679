class Weird:
    def __bool__(self):
        print("bool called")
        return True
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return Weird()
with CM():
    raise ValueError
print("suppressed via __bool__")
class BadBool:
    def __bool__(self): raise RuntimeError("bad bool")
class CM2:
    def __enter__(self): return self
    def __exit__(self, *a): return BadBool()
try:
    with CM2():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError", e)
