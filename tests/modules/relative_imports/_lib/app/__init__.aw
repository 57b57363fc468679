from . import helpers
from .helpers import shout
from .models.user import User


def run():
    return shout(User("bob").greeting())


def describe():
    return f"{__name__} {__package__} {helpers.__name__}"
