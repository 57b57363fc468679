# A user subclass of KeyError escaping: KeyError's str() quotes the argument.


class MissingSetting(KeyError):
    pass


settings = {"host": "localhost"}


def get(name):
    try:
        return settings[name]
    except KeyError:
        raise MissingSetting(name) from None


print(get("host"))
print(get("port"))
