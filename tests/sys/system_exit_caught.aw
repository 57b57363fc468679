import sys

for args in [(), (0,), (5,), ("text",), (None,)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(repr(e.code), e.args, isinstance(e, BaseException),
              isinstance(e, Exception))
try:
    sys.exit(1, 2)
except TypeError as e:
    print(e)
try:
    sys.exit(code=1)
except TypeError as e:
    print(e)
