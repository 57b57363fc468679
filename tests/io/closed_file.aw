# every operation on a closed file raises ValueError; close() may repeat
import os

path = "/tmp/aw_io_closed_file.txt"
f = open(path, "w")
f.close()
f.close()
print(f.closed)
for name, args in [("read", ()), ("readline", ()), ("readlines", ()), ("write", ("x",)),
                   ("writelines", (["x"],)), ("seek", (0,)), ("tell", ()), ("flush", ()),
                   ("fileno", ()), ("readable", ()), ("writable", ()), ("__enter__", ())]:
    try:
        getattr(f, name)(*args)
    except ValueError as e:
        print(name, e)
try:
    for line in f:
        pass
except ValueError as e:
    print("iter", e)
try:
    with f:
        pass
except ValueError as e:
    print("with", e)
os.remove(path)
