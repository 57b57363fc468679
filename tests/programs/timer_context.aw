# Context managers: a timer on time.perf_counter (prints no times, only
# facts about them), a resource tracker that logs enter/exit order, several
# items in one with-statement, exception suppression and re-raising.
import time


class Timer:
    def __init__(self, name):
        self.name = name
        self.elapsed = None

    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self.start
        return False


class Tracker:
    events = []

    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress
        self.open = False

    def __enter__(self):
        self.open = True
        Tracker.events.append(f"open {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        self.open = False
        if exc_type is None:
            Tracker.events.append(f"close {self.name}")
            return None
        Tracker.events.append(f"close {self.name} after {exc_type.__name__}: {exc}")
        return issubclass(exc_type, self.suppress)


with Timer("loop") as t:
    total = 0
    for i in range(1000):
        total += i * i
print(total, t.name, type(t.elapsed).__name__, t.elapsed >= 0)

with Tracker("a") as a, Tracker("b") as b:
    print("inside", a, b)
print(Tracker.events)
Tracker.events.clear()

with Tracker("outer", suppress=(KeyError,)) as o:
    with Tracker("inner", suppress=(ZeroDivisionError,)):
        1 / 0
    print("after inner")
    {}["missing"]
    print("not reached")
print("after outer", Tracker.events)
Tracker.events.clear()

try:
    with Tracker("x"), Tracker("y", suppress=(TypeError,)):
        raise ValueError("boom")
except ValueError as e:
    print("escaped:", e)
print(Tracker.events)
Tracker.events.clear()


def early_return():
    with Tracker("fn") as name:
        return name + "!"


print(early_return(), Tracker.events)
Tracker.events.clear()
for i in range(3):
    with Tracker(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
print(Tracker.events)


class Bad:
    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        raise RuntimeError("exit failed")


try:
    with Bad():
        raise KeyError("original")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

timers = [Timer(n) for n in "abc"]
for tm in timers:
    with tm:
        time.sleep(0)
print([tm.elapsed is not None for tm in timers], time.perf_counter() > 0)
