from .. import one
from ..two import two_value
from . import deep
from .deep import deep_value
