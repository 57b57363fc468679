from .. import helpers
from ..helpers import PREFIX


class User:
    def __init__(self, name):
        self.name = name

    def greeting(self):
        return f"{PREFIX}, {self.name}"
