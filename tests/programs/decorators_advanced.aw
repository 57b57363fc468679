# Decorators in real code: with arguments (retry, validate), stacked,
# applied to methods, class decorators adding methods, decorators that are
# classes, and functools.wraps keeping metadata through all of them.
import functools


def retry(times, exceptions=(Exception,)):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    wrapper.failures.append(f"{attempt}: {e}")
            raise RuntimeError(f"{fn.__name__} failed {times} times")
        wrapper.failures = []
        return wrapper
    return decorate


def validate(*positional, **named):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            checks = list(zip(args, positional)) + \
                [(kwargs[k], named[k]) for k in kwargs if k in named]
            for value, kind in checks:
                if not isinstance(value, kind):
                    raise TypeError(f"{fn.__name__}(): expected {kind.__name__}, "
                                    f"got {type(value).__name__}")
            return fn(*args, **kwargs)
        return wrapper
    return decorate


def upper_result(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()
    return wrapper


state = {"calls": 0}


@retry(3, exceptions=(ValueError,))
def flaky():
    """Fails twice, then works."""
    state["calls"] += 1
    if state["calls"] < 3:
        raise ValueError(f"bad luck #{state['calls']}")
    return "ok"


print(flaky(), flaky.failures, flaky.__name__, flaky.__doc__)


@retry(2)
def always_fails():
    raise KeyError("k")


try:
    always_fails()
except RuntimeError as e:
    print("RuntimeError:", e, always_fails.failures)


@upper_result
@validate(str, int, times=int)
def greet(name, times=1):
    return ("hi " + name + " ") * times


print(greet("bob"), greet("al", times=2), greet.__name__, greet.__wrapped__.__name__)
for args, kwargs in [((5,), {}), (("x",), {"times": "2"})]:
    try:
        greet(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)


def method_logger(fn):
    @functools.wraps(fn)
    def wrapper(self, *args):
        self.log.append(f"{type(self).__name__}.{fn.__name__}{args}")
        return fn(self, *args)
    return wrapper


def add_repr(cls):
    fields = cls.fields

    def __repr__(self):
        inner = ", ".join([f"{f}={getattr(self, f)!r}" for f in fields])
        return f"{cls.__name__}({inner})"
    cls.__repr__ = __repr__
    return cls


def add_eq(cls):
    cls.__eq__ = lambda self, other: type(self) is type(other) and \
        all([getattr(self, f) == getattr(other, f) for f in cls.fields])
    cls.__hash__ = None
    return cls


@add_eq
@add_repr
class Account:
    fields = ("owner", "balance")

    def __init__(self, owner, balance=0):
        self.owner, self.balance = owner, balance
        self.log = []

    @method_logger
    def deposit(self, amount):
        self.balance += amount
        return self

    @property
    @method_logger
    def doubled(self):
        return self.balance * 2

    @staticmethod
    @validate(int)
    def check(x):
        return x > 0


acct = Account("zoe").deposit(5).deposit(7)
print(acct, acct.doubled, acct.log, acct == Account("zoe", 12), Account.__hash__)
print(Account.check(3), Account.deposit.__name__, Account.__repr__.__name__)
try:
    Account.check("3")
except TypeError as e:
    print("TypeError:", e)


class CountCalls:
    def __init__(self, fn):
        functools.wraps(fn)(self)
        self.fn = fn
        self.count = 0

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.fn(*args, **kwargs)


@CountCalls
def square(x):
    """Square a number."""
    return x * x


print([square(i) for i in range(4)], square.count, square.__name__, square.__doc__)
