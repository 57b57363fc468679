class Outer:
    class Inner:
        def meth(self):
            pass
    def method(self):
        class Local:
            pass
        return Local
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__)
print(Outer().method().__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__module__)
