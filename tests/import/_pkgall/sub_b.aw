print("loading _pkgall.sub_b (not in __all__)")
