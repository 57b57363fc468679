# sys.exit with an int exits with that status and prints nothing.
import sys


class Checker:
    def __init__(self):
        self.errors = ["line 3: bad indent", "line 9: unknown name"]

    def run(self):
        for e in self.errors:
            print(e)
        return len(self.errors)


sys.exit(Checker().run() + 1)
