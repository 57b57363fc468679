class Cfg:
    def __init__(self, name, *items, debug=False, **extra):
        self.name = name
        self.items = items
        self.debug = debug
        self.extra = extra
c = Cfg("x", 1, 2, debug=True, level=3)
print(c.name, c.items, c.debug, c.extra)
c = Cfg(name="y")
print(c.name, c.items, c.debug, c.extra)
