print("\q\d\ ")
print(len("\q"))
