# A plugin registry two ways: __init_subclass__ with class keyword
# arguments, and a registering class decorator; plugins run by name.


class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, order=100, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.order = order
        if not cls.__name__.startswith("_"):
            Plugin.registry[cls.plugin_name] = cls

    def run(self, text):
        raise NotImplementedError(f"{type(self).__name__}.run")

    @classmethod
    def pipeline(cls, text, names=None):
        chosen = sorted(cls.registry.values(), key=lambda c: (c.order, c.plugin_name))
        for plugin_cls in chosen:
            if names is None or plugin_cls.plugin_name in names:
                text = plugin_cls().run(text)
        return text


class Upper(Plugin, order=10):
    def run(self, text):
        return text.upper()


class Strip(Plugin, name="trim", order=1):
    def run(self, text):
        return text.strip()


class Exclaim(Plugin):
    def run(self, text):
        return text + "!"


class _Base(Plugin):
    shared = True


class Reverse(_Base, name="rev", order=50):
    def run(self, text):
        return text[::-1]


class Broken(Plugin, order=999):
    pass


print(sorted(Plugin.registry))
print([(c.plugin_name, c.order) for c in Plugin.registry.values()])
print(repr(Plugin.pipeline("  hello  ", names={"trim", "upper", "exclaim"})))
print(repr(Plugin.pipeline("  abc ", names=["trim", "rev"])))
try:
    Plugin.pipeline("x")
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Reverse.shared, Reverse.__mro__[1].__name__, hasattr(Plugin, "plugin_name"))

COMMANDS = {}


def command(name=None, *, aliases=()):
    def register(cls):
        key = name or cls.__name__
        cls.command = key
        COMMANDS[key] = cls
        for alias in aliases:
            COMMANDS[alias] = cls
        return cls
    return register


@command("add", aliases=("plus", "+"))
class Add:
    def __call__(self, a, b):
        return a + b


@command(aliases=["times"])
class Mul:
    def __call__(self, a, b):
        return a * b


@command()
class Neg:
    def __call__(self, a):
        return -a


def dispatch(line):
    name, *args = line.split()
    cls = COMMANDS.get(name)
    if cls is None:
        return f"unknown command {name!r}"
    return cls()(*[int(a) for a in args])


for line in ["add 2 3", "plus 4 5", "+ 1 1", "Mul 6 7", "times 2 9", "Neg 4", "div 1 2"]:
    print(line, "=>", dispatch(line))
print(list(COMMANDS), Add.command, Mul.command, COMMANDS["+"] is Add)


class Meta:
    def __init_subclass__(cls, **kwargs):
        print("init_subclass", cls.__name__, sorted(kwargs))
        super().__init_subclass__()


class Child(Meta, color="red", size=3):
    pass


try:
    class Bad(Plugin, colour="blue"):
        pass
except TypeError as e:
    print("TypeError:", e)
