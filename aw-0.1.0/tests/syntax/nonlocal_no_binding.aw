print("never printed")
def f():
    nonlocal zz_no_such
    zz_no_such = 1
