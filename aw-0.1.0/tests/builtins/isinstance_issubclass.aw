print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance([], (tuple, dict)), isinstance(None, type(None)), isinstance(int, type))
print(isinstance(ValueError(), Exception), isinstance(1, object), isinstance(b"", bytes), isinstance(range(1), range))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, int)), issubclass(list, object))
print(isinstance(1, (str, (list, int))), type(1) == int, type(True) == int)
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
