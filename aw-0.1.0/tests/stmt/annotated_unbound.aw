z: int
print("declared")
print(z)
