# contextlib.suppress and contextlib.closing, hand-written context managers
# that change global state and restore it, nested and stacked `with`, the
# value bound by `as`, and the protocol called by hand.
import contextlib


class Connection:
    opened = []

    def __init__(self, name):
        self.name = name
        self.closed = False
        Connection.opened.append(name)

    def query(self, q):
        if self.closed:
            raise RuntimeError(f"{self.name} is closed")
        return f"{self.name}:{q}"

    def close(self):
        self.closed = True
        print("closed", self.name)


with contextlib.closing(Connection("db1")) as conn:
    print(conn.query("select 1"))
print(conn.closed)
try:
    with contextlib.closing(Connection("db2")) as c2:
        raise ValueError("query failed")
except ValueError as e:
    print("ValueError:", e, c2.closed)

with contextlib.suppress(KeyError):
    {}["missing"]
    print("not reached")
print("after suppress")
with contextlib.suppress(ZeroDivisionError, ValueError):
    int("nope")
with contextlib.suppress():
    pass
try:
    with contextlib.suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError passes through:", e)
with contextlib.suppress(LookupError):
    [][1]
print("LookupError suppressed IndexError")


class Settings:
    values = {"precision": 2, "verbose": False}


class override:
    def __init__(self, **changes):
        self.changes = changes
        self.saved = None

    def __enter__(self):
        self.saved = {k: Settings.values[k] for k in self.changes}
        Settings.values.update(self.changes)
        return dict(Settings.values)

    def __exit__(self, exc_type, exc, tb):
        Settings.values.update(self.saved)


def show(x):
    return f"{x:.{Settings.values['precision']}f}"


print(show(3.14159))
with override(precision=4) as current:
    print(show(3.14159), current)
    with override(precision=0, verbose=True):
        print(show(3.14159), Settings.values["verbose"])
    print(show(3.14159), Settings.values["verbose"])
print(show(3.14159), Settings.values)
try:
    with override(precision=6):
        raise RuntimeError(show(1))
except RuntimeError as e:
    print("RuntimeError:", e, Settings.values["precision"])


class Indent:
    def __init__(self):
        self.level = 0
        self.lines = []

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, *exc):
        self.level -= 1
        return False

    def line(self, text):
        self.lines.append("    " * self.level + text)


doc = Indent()
doc.line("root")
with doc:
    doc.line("child")
    with doc as inner:
        inner.line("grandchild")
    doc.line("child again")
doc.line("root again")
print("\n".join(doc.lines))
cm = override(verbose=True)
state = cm.__enter__()
print(state["verbose"], Settings.values["verbose"])
print(cm.__exit__(None, None, None), Settings.values["verbose"])
s = contextlib.suppress(OSError)
print(s.__enter__(), s.__exit__(FileNotFoundError, FileNotFoundError(), None),
      s.__exit__(KeyError, KeyError(), None), s.__exit__(None, None, None))
print(Connection.opened)
