import sys

try:
    import _syntax_error
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename.rpartition("/")[2])
print("_syntax_error" in sys.modules)
