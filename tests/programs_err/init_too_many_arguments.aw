# TypeError for too many arguments counts self, as CPython does.


class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b


class Triple(Pair):
    pass


print(vars(Pair(1, 2)))
Triple(1, 2, 3)
