# Introspection of classes and instances: type() with one and three
# arguments, __class__, __name__, __qualname__ of nested classes and
# methods, __dict__/vars, __bases__, __doc__, __module__, isinstance and
# issubclass across user classes and built-in types, getattr defaults.


class Outer:
    """An outer class."""
    kind = "outer"

    class Inner:
        class Deepest:
            def where(self):
                return type(self).__qualname__

    def method(self):
        def local():
            pass
        return local

    @classmethod
    def make(cls):
        return cls()


o = Outer()
print(type(o), type(o).__name__, o.__class__ is Outer, type(Outer), type(type))
print(Outer.__name__, Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__, Outer.Inner.Deepest.__name__)
print(Outer.Inner.Deepest().where(), Outer.method.__qualname__, o.method().__qualname__)
print(Outer.__doc__, Outer.Inner.__doc__, Outer.__module__, Outer.__bases__, object.__bases__)
print(sorted([k for k in vars(Outer) if not k.startswith("__")]))
print("__init__" in Outer.__dict__, "kind" in Outer.__dict__, "kind" in o.__dict__, o.__dict__)
o.x = 1
o.__dict__["y"] = 2
print(vars(o), o.y, getattr(o, "z", None), hasattr(o, "kind"))

# type(name, bases, dict)
def speak(self):
    return f"{self.name} says {self.sound}"


Animal = type("Animal", (), {"sound": "...", "speak": speak,
                             "__init__": lambda self, name: setattr(self, "name", name)})
Dog = type("Dog", (Animal,), {"sound": "woof"})
d = Dog("rex")
print(d.speak(), Animal("generic").speak(), Dog.__name__, Dog.__bases__[0].__name__)
print(type(d) is Dog, isinstance(d, Animal), issubclass(Dog, Animal), [c.__name__ for c in Dog.__mro__])
print(type(Dog), Dog.__qualname__, Dog.__module__ == __name__)
Pair = type("Pair", (tuple,), {"first": property(lambda self: self[0])})
p = Pair((1, 2))
print(p, p.first, isinstance(p, tuple), len(p), type(p).__name__)

# isinstance/issubclass across built-ins and user types
class MyList(list):
    pass


class MyErr(LookupError):
    pass


values = [1, True, 1.5, "s", b"b", [1], MyList([2]), (1,), {1: 2}, None, MyErr("x"), int, Dog]
print([type(v).__name__ for v in values])
print([isinstance(v, (int, str)) for v in values])
print(isinstance(True, int), issubclass(bool, int), issubclass(MyList, list), issubclass(MyErr, Exception))
print(isinstance(MyErr("x"), KeyError), isinstance(int, type), isinstance(Dog, type), isinstance(d, type))
print(issubclass(type, object), isinstance(object, type), isinstance(type, object), issubclass(object, type))
print(type(None).__name__, type(len).__name__, type(speak).__name__, type(d.speak).__name__)
print(type(1)(5.7), type("x")(12), type([])((1, 2)), type(d)("fido").speak())
try:
    issubclass(d, Dog)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(d, d)
except TypeError as e:
    print("TypeError:", e)
print(callable(Dog), callable(d), Dog.speak is speak, d.speak.__func__ is speak, d.speak.__self__ is d)
print(getattr(Dog, "sound"), getattr(d, "sound"), setattr(Dog, "sound", "WOOF"), d.speak())
