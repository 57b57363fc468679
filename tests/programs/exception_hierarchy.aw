# An application exception hierarchy: extra attributes, __str__ overrides,
# raise ... from, implicit context, except ordering, re-raising, args.


class AppError(Exception):
    code = 1

    def __init__(self, message, *, hint=None):
        super().__init__(message)
        self.hint = hint

    def __str__(self):
        base = super().__str__()
        return f"{base} (hint: {self.hint})" if self.hint else base


class ConfigError(AppError):
    code = 2


class MissingKey(ConfigError, KeyError):
    def __init__(self, key):
        super().__init__(f"missing key {key!r}", hint="add it to the file")
        self.key = key


class ParseError(ConfigError):
    def __init__(self, line, text):
        super().__init__(f"line {line}: cannot parse {text!r}")
        self.line = line


class NetworkError(AppError):
    code = 3


def parse(lines):
    out = {}
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            key, value = line.split("=")
        except ValueError as e:
            raise ParseError(n, line) from e
        out[key.strip()] = value.strip()
    return out


def require(cfg, key):
    try:
        return cfg[key]
    except KeyError:
        raise MissingKey(key)


def load(lines, *keys):
    cfg = parse(lines)
    return [require(cfg, k) for k in keys]


cases = [
    (["host = example.org", "port = 80"], ("host", "port")),
    (["# comment", "", "host = x"], ("host", "user")),
    (["host = a = b"], ("host",)),
    (["novalue"], ()),
]
for lines, keys in cases:
    try:
        print("ok", load(lines, *keys))
    except MissingKey as e:
        print("MissingKey", e, e.key, e.code, isinstance(e, KeyError), type(e.__context__).__name__)
    except ParseError as e:
        print("ParseError", e, e.line, e.code, repr(e.__cause__), e.__suppress_context__)
    except AppError as e:
        print("AppError", e)

print([c.__name__ for c in MissingKey.__mro__])
e = AppError("plain")
print(str(e), repr(e), e.args, e.hint)
e2 = NetworkError("timeout", hint="retry")
print(str(e2), repr(e2), e2.args, NetworkError.code)


def retry(fn, times):
    errors = []
    for attempt in range(times):
        try:
            return fn(attempt)
        except NetworkError as err:
            errors.append(str(err))
    raise AppError(f"gave up after {times} attempts: {errors}")


def flaky(attempt):
    if attempt < 2:
        raise NetworkError(f"attempt {attempt} failed")
    return f"succeeded on attempt {attempt}"


print(retry(flaky, 3))
try:
    retry(flaky, 2)
except AppError as err:
    print(err, err.__context__)


def cleanup_fails():
    try:
        raise ValueError("first")
    finally:
        try:
            raise RuntimeError("in finally")
        except RuntimeError as inner:
            print("caught", inner, "context:", repr(inner.__context__))


try:
    cleanup_fails()
except ValueError as e:
    print("still", e)

try:
    try:
        {}["k"]
    except KeyError as e:
        raise AppError("wrapped") from None
except AppError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))

try:
    try:
        raise ConfigError("inner")
    except AppError:
        raise
except ConfigError as e:
    print("re-raised", e, e.code)


class WithArgs(Exception):
    pass


print(str(WithArgs()), str(WithArgs(1)), str(WithArgs(1, "two")), repr(WithArgs(1, "two")))
err = WithArgs("x")
err.args = ("changed", 2)
print(err, err.args)
print(issubclass(MissingKey, LookupError), MissingKey.code, AppError.code)
try:
    raise MissingKey("k") from ParseError(7, "bad")
except LookupError as e:
    print(e.__cause__.line, type(e).__name__)
