# An event bus whose handlers register through decorators, and logging
# decorators built with functools.wraps that keep names and docstrings.
import functools


class EventBus:
    def __init__(self):
        self.handlers = {}
        self.fired = 0

    def on(self, event, priority=0):
        def register(fn):
            self.handlers.setdefault(event, []).append((priority, fn))
            self.handlers[event].sort(key=lambda p: -p[0])
            return fn
        return register

    def emit(self, event, *args, **kwargs):
        self.fired += 1
        results = []
        for _, fn in self.handlers.get(event, []):
            result = fn(*args, **kwargs)
            if result == "stop":
                results.append(f"{fn.__name__} stopped {event}")
                break
            results.append(result)
        return results


log = []


def logged(prefix):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            log.append(f"{prefix}: {fn.__name__}{args}")
            return fn(*args, **kwargs)
        return wrapper
    return decorate


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


bus = EventBus()


@bus.on("login")
@logged("audit")
def greet(user):
    """Say hello to a user."""
    return f"hello {user}"


@bus.on("login", priority=5)
@counted
def check_banned(user):
    """Stop banned users."""
    if user == "mallory":
        return "stop"
    return f"{user} ok"


@bus.on("logout")
def bye(user, reason="done"):
    return f"bye {user} ({reason})"


print(bus.emit("login", "alice"))
print(bus.emit("login", "mallory"))
print(bus.emit("logout", "alice", reason="timeout"))
print(bus.emit("unknown"))
print(bus.fired, check_banned.calls, log)
print(greet.__name__, greet.__doc__, greet.__wrapped__.__name__)
print(check_banned.__name__, check_banned.__doc__)
print(greet.__wrapped__("raw"), log[-1])
print([fn.__name__ for _, fn in bus.handlers["login"]])
print(sorted(bus.handlers))


class Button:
    def __init__(self, label):
        self.label = label
        self.bus = EventBus()

    def click(self):
        return self.bus.emit("click", self)


ok = Button("OK")
ok.bus.on("click")(lambda b: f"clicked {b.label}")
ok.bus.on("click", priority=1)(functools.partial(lambda tag, b: f"{tag}:{b.label}", "pre"))
print(ok.click())


def make_partial_name():
    p = functools.partial(bye, reason="partial")
    return p("zed"), p.func is bye, p.args, p.keywords


print(make_partial_name())
