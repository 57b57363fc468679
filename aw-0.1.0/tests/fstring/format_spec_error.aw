x = 5
print("before")
print(f"{x:q}")
