print("never printed")
x = 1__000
