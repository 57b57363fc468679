def outer():
    import _simple as s

    def inner():
        return s.b
    return inner()


print(outer())
