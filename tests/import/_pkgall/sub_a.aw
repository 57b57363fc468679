print("loading _pkgall.sub_a")
a = "a"
