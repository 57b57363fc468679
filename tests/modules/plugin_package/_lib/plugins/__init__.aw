REGISTRY = {}


def register(name):
    def deco(fn):
        REGISTRY[name] = fn
        return fn
    return deco


def run(name, text):
    fn = REGISTRY.get(name)
    return fn(text) if fn else f"no plugin {name!r}"
