# Class-level state: counters shared by instances, shadowing of class
# attributes by instance attributes, mutable class attributes, per-subclass
# counters through cls, and class attributes changed at run time.


class Widget:
    count = 0
    instances = []
    color = "grey"

    def __init__(self, name):
        Widget.count += 1
        self.id = Widget.count
        self.name = name
        Widget.instances.append(name)

    @classmethod
    def reset(cls):
        cls.count = 0
        cls.instances = []

    def __del_name(self):
        return "private"

    def peek(self):
        return self.__del_name()


class Button(Widget):
    color = "blue"
    clicks = 0

    def click(self):
        self.clicks += 1          # creates an instance attribute
        type(self).total = getattr(type(self), "total", 0) + 1
        return self.clicks


w1, w2 = Widget("w1"), Widget("w2")
b1, b2 = Button("b1"), Button("b2")
print(Widget.count, Button.count, b2.id, Widget.instances is Button.instances)
print(w1.color, b1.color, Widget.color)
w1.color = "red"
print(w1.color, w2.color, Widget.color, "color" in vars(w1), "color" in vars(w2))
del w1.color
print(w1.color)
Widget.color = "green"
print(w1.color, w2.color, b1.color)
print(b1.click(), b1.click(), b2.click(), b1.clicks, b2.clicks, Button.clicks, Button.total)
print(sorted(vars(b1)), "total" in Button.__dict__, "total" in Widget.__dict__)

Button.reset()
print(Widget.count, Button.count, Widget.instances, Button.instances)
Button("b3")
print(Widget.count, Button.count, Widget.instances, Button.instances)
print(w1.peek(), hasattr(w1, "__del_name"), hasattr(w1, "_Widget__del_name"))


class Shape:
    registry = {}
    sides = None

    def __init_subclass__(cls):
        cls.made = 0
        Shape.registry[cls.__name__] = cls

    def __init__(self):
        type(self).made += 1


class Triangle(Shape):
    sides = 3


class Square(Shape):
    sides = 4


for cls in [Triangle, Square, Triangle, Triangle]:
    cls()
print({name: (c.sides, c.made) for name, c in Shape.registry.items()})
print(hasattr(Shape, "made"), Shape.sides)


class Config:
    defaults = {"debug": False, "level": 1}

    def __init__(self, **overrides):
        self.settings = dict(self.defaults)
        self.settings.update(overrides)


a = Config(debug=True)
b = Config()
Config.defaults["level"] = 5       # affects only configs made later
c = Config()
print(a.settings, b.settings, c.settings)


class Bad:
    items = []                     # the classic shared-mutable pitfall

    def add(self, x):
        self.items.append(x)


x, y = Bad(), Bad()
x.add(1)
y.add(2)
print(x.items, y.items, Bad.items, x.items is y.items)
setattr(Bad, "items", ())
print(x.items, getattr(Bad, "missing", "default"))
delattr(Bad, "items")
print(hasattr(x, "items"), Bad.__name__, Bad.__qualname__, Bad.__module__)
