# Calling an instance of a class without __call__.


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hi " + self.name


g = Greeter("ann")
print(g.greet())
print(g())
