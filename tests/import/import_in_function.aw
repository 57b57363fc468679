def load():
    import _simple
    from _pkg import mod as m
    return _simple.a, m.mod_value


print(load())
print("_simple" in globals(), "m" in globals())
