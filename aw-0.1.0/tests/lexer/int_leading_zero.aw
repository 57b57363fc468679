print("never printed")
x = 012
