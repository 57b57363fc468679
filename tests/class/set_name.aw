class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
class Model:
    id = Field()
    title = Field()
print(Model.id.name, Model.id.owner, Model.title.name)
