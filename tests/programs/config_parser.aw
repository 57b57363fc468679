# An INI-style configuration parser: sections become objects with typed
# access (getint, getbool, getlist), interpolation of ${name}, errors with
# line numbers, and a round trip back to text.


class ConfigError(Exception):
    def __init__(self, lineno, message):
        super().__init__(f"line {lineno}: {message}")
        self.lineno = lineno


class Section:
    TRUE = {"1": True, "yes": True, "true": True, "on": True,
            "0": False, "no": False, "false": False, "off": False}

    def __init__(self, name):
        self.name = name
        self.values = {}

    def __getitem__(self, key):
        return self.values[key]

    def __setitem__(self, key, value):
        self.values[key] = value

    def __contains__(self, key):
        return key in self.values

    def __iter__(self):
        return iter(self.values)

    def __len__(self):
        return len(self.values)

    def get(self, key, default=None):
        return self.values.get(key, default)

    def getint(self, key, default=None):
        value = self.values.get(key)
        return default if value is None else int(value)

    def getbool(self, key):
        value = self.values[key].lower()
        if value not in self.TRUE:
            raise ValueError(f"not a boolean: {value!r}")
        return self.TRUE[value]

    def getlist(self, key):
        return [v.strip() for v in self.values[key].split(",") if v.strip()]

    def __repr__(self):
        return f"<Section {self.name}: {len(self)} keys>"


class Config:
    def __init__(self):
        self.sections = {}

    @classmethod
    def parse(cls, text):
        cfg = cls()
        current = None
        for lineno, raw in enumerate(text.splitlines(), 1):
            line = raw.split(";", 1)[0].strip()
            if not line:
                continue
            if line.startswith("["):
                if not line.endswith("]"):
                    raise ConfigError(lineno, f"bad section header {raw.strip()!r}")
                name = line[1:-1].strip()
                if name in cfg.sections:
                    raise ConfigError(lineno, f"duplicate section {name!r}")
                current = cfg.sections[name] = Section(name)
                continue
            if current is None:
                raise ConfigError(lineno, "value outside a section")
            key, sep, value = line.partition("=")
            if not sep:
                raise ConfigError(lineno, f"expected key = value, got {line!r}")
            current[key.strip().lower()] = value.strip()
        cfg._interpolate()
        return cfg

    def _interpolate(self):
        for sec in self.sections.values():
            for key in sec:
                value = sec[key]
                for _ in range(10):
                    start = value.find("${")
                    if start < 0:
                        break
                    end = value.index("}", start)
                    ref = value[start + 2:end]
                    secname, _, refkey = ref.rpartition(".")
                    target = self.sections[secname] if secname else sec
                    value = value[:start] + target[refkey] + value[end + 1:]
                sec[key] = value

    def __getitem__(self, name):
        return self.sections[name]

    def __contains__(self, name):
        return name in self.sections

    def dump(self):
        out = []
        for sec in self.sections.values():
            out.append(f"[{sec.name}]")
            out.extend([f"{k} = {sec[k]}" for k in sorted(sec)])
            out.append("")
        return "\n".join(out)


TEXT = """
; application settings
[server]
host = example.org
Port = 8080        ; the public port
debug = Yes
url = http://${host}:${port}/

[paths]
root = /srv/app
logs = ${root}/logs
static = ${root}/static, ${server.host}/cdn , ,

[empty]
"""
cfg = Config.parse(TEXT)
srv = cfg["server"]
print(cfg.sections)
print(srv["host"], srv.getint("port"), srv.getbool("debug"), srv["url"])
print(cfg["paths"].getlist("static"), cfg["paths"]["logs"])
print("paths" in cfg, "nope" in cfg, "host" in srv, len(cfg["empty"]), srv.getint("timeout", 30))
print(list(srv), srv.get("missing", "-"))
print(cfg.dump())
print(Config.parse(cfg.dump()).dump() == cfg.dump())
for bad in ["x = 1", "[a]\n[a]", "[a]\nnovalue", "[a\nx=1", "[a]\nflag = maybe"]:
    try:
        c = Config.parse(bad)
        c["a"].getbool("flag")
    except ConfigError as e:
        print("ConfigError:", e, e.lineno)
    except ValueError as e:
        print("ValueError:", e)
try:
    Config.parse("[a]\nx = ${nope}")
except KeyError as e:
    print("KeyError:", e)
