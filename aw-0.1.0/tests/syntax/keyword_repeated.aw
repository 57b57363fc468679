print("never printed")
print(1, sep=" ", sep=",")
