import sys as _sys


def public():
    return "public"


def _hidden():
    return "hidden"


VALUE = 42
