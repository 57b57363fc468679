from . import __name__ as pkg_name
VALUE = pkg_name
