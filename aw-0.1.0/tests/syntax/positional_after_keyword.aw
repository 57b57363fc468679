print("never printed")
print(sep=" ", 1)
