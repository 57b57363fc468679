from . import one
from .two import two_value
from .two import two_value as renamed
