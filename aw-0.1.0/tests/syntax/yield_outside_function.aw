print("never printed")
yield 1
