# Classes and exceptions defined in a module: subclassing them, isinstance,
# __module__, the default repr naming the module, and catching the module's
# exception class.
import sys
sys.path.insert(0, "_lib")

import models
from models import Model, ValidationError


class Product(Model):
    fields = ("name", "price")

    def validate(self):
        super().validate()
        if self.price < 0:
            raise ValidationError(f"price must be >= 0, got {self.price}")


p = Product(name="tea", price=3)
print(p, p.to_dict(), isinstance(p, models.Model), Product.__mro__[1] is Model)
print(type(p).__module__, Model.__module__, ValidationError.__module__, Product.__bases__[0].__qualname__)
print(repr(models.Model()).split(" at ")[0], repr(Model).split(" at ")[0])
for kwargs in [{"name": "x", "price": -1}, {"name": "y"}, {"name": "z", "price": 1, "colour": 2}]:
    try:
        Product(**kwargs)
    except ValidationError as e:
        print("ValidationError:", e, isinstance(e, ValueError), type(e).__name__)
print(models.Model.instances, len(models.registry), [c.__name__ for c in models.registry])
