# __getattr__/__setattr__/__delattr__ proxies: a logging proxy that
# delegates to a wrapped object, an attribute-dict record, a read-only view.


class LoggingProxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        # only called when normal lookup fails
        self._log.append(f"get {name}")
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(f"set {name}")
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append(f"del {name}")
        delattr(self._target, name)

    def __len__(self):
        return len(self._target)


class Target:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        return self

    def __len__(self):
        return len(self.items)


t = Target()
p = LoggingProxy(t)
p.add(1).add(2)
p.name = "list"
print(t.name, p.name, len(p), p.items)
del p.name
print(hasattr(t, "name"), hasattr(p, "name"))
print(p._log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None

    def __setattr__(self, name, value):
        self[name] = value

    def __delattr__(self, name):
        try:
            del self[name]
        except KeyError:
            raise AttributeError(name) from None


cfg = AttrDict(host="localhost", port=8080)
cfg.debug = True
print(cfg, cfg.host, cfg.port + 1, cfg.debug)
del cfg.port
print(cfg, getattr(cfg, "port", "gone"), cfg.keys is not None)
try:
    cfg.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del cfg.nothing
except AttributeError as e:
    print("AttributeError:", e)


class ReadOnly:
    __slots__ = ("_obj",)

    def __init__(self, obj):
        object.__setattr__(self, "_obj", obj)

    def __getattr__(self, name):
        value = getattr(self._obj, name)
        if callable(value):
            raise AttributeError(f"method {name!r} hidden in read-only view")
        return value

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: read-only")


class Account:
    def __init__(self):
        self.balance = 10

    def withdraw(self, n):
        self.balance -= n


ro = ReadOnly(Account())
print(ro.balance)
for action in [lambda: setattr(ro, "balance", 0), lambda: ro.withdraw,
               lambda: ro.nope]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)


class Lazy:
    computed = []

    def __getattr__(self, name):
        if name.startswith("sq_"):
            n = int(name[3:])
            Lazy.computed.append(n)
            value = n * n
            setattr(self, name, value)      # cache: next lookup is normal
            return value
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


z = Lazy()
print(z.sq_4, z.sq_4, z.sq_12, Lazy.computed, sorted(vars(z)))
print(getattr(z, "sq_5"), hasattr(z, "cube_3"), Lazy.computed)
