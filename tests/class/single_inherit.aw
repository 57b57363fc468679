class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " makes a sound"

    def kind(self):
        return "animal"

class Dog(Animal):
    def speak(self):
        return self.name + " barks"

d = Dog("Rex")
print(d.speak(), d.kind(), isinstance(d, Animal), issubclass(Dog, Animal))
print(Dog.__bases__, Dog.__base__)
print([c.__name__ for c in Dog.__mro__])
