print("never printed")
if True:
print("body")
