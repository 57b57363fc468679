print("never printed")
try:
    x = 1
print(x)
