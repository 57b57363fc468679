print("never printed")
f = lambda: x = 1
