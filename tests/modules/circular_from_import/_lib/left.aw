from right import helper


def needed():
    return 1
