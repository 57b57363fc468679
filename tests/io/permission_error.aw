# a file that may not be opened that way raises PermissionError (even for
# root: sysfs refuses writes to read-only attributes)
try:
    open("/sys/kernel/notes", "w")
except PermissionError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
try:
    open("/proc/version/inside")
except NotADirectoryError as e:
    print(type(e).__name__, e)
