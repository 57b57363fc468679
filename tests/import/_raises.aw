print("running _raises")
partial = "set before the error"


def fail():
    return 1 / 0


fail()
