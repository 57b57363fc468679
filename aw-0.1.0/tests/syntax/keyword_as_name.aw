print("never printed")
class = 1
