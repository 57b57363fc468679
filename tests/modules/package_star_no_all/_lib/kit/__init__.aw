from . import loaded


def tool():
    return "tool"


_private = 1
