print("never printed")
print("a" "b" 1)
