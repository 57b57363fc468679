# KeyError raised by __missing__ of a dict subclass escapes.


class Registry(dict):
    def __missing__(self, key):
        raise KeyError(f"no plugin registered as {key!r}")


plugins = Registry(csv=lambda rows: ",".join(rows), tsv=lambda rows: "\t".join(rows))
print(plugins["csv"](["a", "b"]))
print(sorted(plugins))
print(plugins["xml"](["a"]))
