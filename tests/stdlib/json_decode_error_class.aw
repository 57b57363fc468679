# JSONDecodeError is a ValueError with msg, doc, pos, lineno and colno
import json

print(issubclass(json.JSONDecodeError, ValueError))
print(json.JSONDecodeError.__name__, json.JSONDecodeError.__module__)
try:
    json.loads('{"a": [1, 2,\n  oops]}')
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.JSONDecodeError))
    print(e.msg, "|", repr(e.doc), e.pos, e.lineno, e.colno)
    print(e.args)
    print(repr(e))
e = json.JSONDecodeError("Custom", "ab\ncd", 4)
print(str(e), e.lineno, e.colno, e.pos, e.msg)
try:
    raise e
except json.JSONDecodeError as caught:
    print("caught", caught is e)
