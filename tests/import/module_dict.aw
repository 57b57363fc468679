import _simple

d = _simple.__dict__
print(d is vars(_simple), type(d).__name__)
d["injected"] = 7
print(_simple.injected)
print(d["hello"]("dict"))
