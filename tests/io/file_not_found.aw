# a missing file raises FileNotFoundError with errno, strerror and filename
try:
    open("/tmp/aw_io_no_such_dir/missing.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
    print(isinstance(e, OSError), e.args)
try:
    open("/tmp/aw_io_no_such_dir/x.txt", "w")
except OSError as e:
    print(type(e).__name__, e)
open("/tmp/aw_io_no_such_dir/really_missing.txt")
