"""A documented module.

With two paragraphs."""

CONSTANT = 7


def greet():
    """Say hi."""
    return "hi"


class Greeter:
    pass
