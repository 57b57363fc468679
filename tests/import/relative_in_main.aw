print("start")
from . import _simple
