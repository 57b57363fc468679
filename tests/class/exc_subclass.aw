class MyError(Exception):
    pass
class DetailError(MyError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise DetailError(404, "not found")
except MyError as e:
    print(type(e).__name__, e.code, e.args, str(e))
try:
    raise MyError("a", "b")
except Exception as e:
    print(e.args, repr(e))
print(issubclass(DetailError, Exception), DetailError.__mro__[1:3])
