from . import second
first_value = "first"
