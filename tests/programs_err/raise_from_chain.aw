# raise ... from ...: the traceback shows both, the last line is the new one.


class ConfigError(Exception):
    pass


def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e


print(load("8080"))
print(load("eighty"))
