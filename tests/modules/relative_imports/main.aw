# Relative imports inside a package: from . import x, from .mod import f,
# from .. import y in a subpackage, and __package__ of each module.
import sys
sys.path.insert(0, "_lib")

from app import run, describe
from app.models.user import User
import app.models

print(run())
print(describe())
print(User("ann").greeting(), app.models.__package__, app.models.user.__package__)
print(app.models.user.helpers is app.helpers, app.models.user.__name__)
