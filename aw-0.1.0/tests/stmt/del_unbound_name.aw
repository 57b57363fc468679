x = 1
del x
print("deleted")
del x
