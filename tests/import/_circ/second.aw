from . import first
print("second sees first:", first.__name__, hasattr(first, "first_value"))
second_value = "second"
