import _simple as s

print(s.a, s.__name__)
print("_simple" in dir())
