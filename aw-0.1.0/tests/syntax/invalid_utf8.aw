print("never printed")
x = "café"
