from left import needed


def helper():
    return needed()
