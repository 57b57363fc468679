# super() finds no such method further up the MRO.


class Base:
    def save(self):
        return "saved"


class Cached(Base):
    def save(self):
        return "cached+" + super().save()

    def load(self):
        return "cached+" + super().load()


c = Cached()
print(c.save())
print(c.load())
