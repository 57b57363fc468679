try:
    raise FileNotFoundError(2, "No such file or directory")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e)
try:
    raise OSError("plain")
except OSError as e:
    print(e, e.errno)
print(issubclass(FileNotFoundError, OSError), issubclass(PermissionError, OSError))
raise FileNotFoundError("missing.txt")
