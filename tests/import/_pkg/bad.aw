print("init _pkg.bad")
raise ValueError("bad submodule")
