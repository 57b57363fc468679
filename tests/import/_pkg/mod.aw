print("init _pkg.mod", __name__, __package__)
mod_value = "from _pkg.mod"
