print("never printed")
1 += 1
