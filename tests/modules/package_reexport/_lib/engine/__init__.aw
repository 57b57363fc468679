from .core import Engine
from .gears import Gear

__all__ = ["Engine", "Gear", "VERSION"]
VERSION = (2, 1)


def _internal():
    return "internal helper"
