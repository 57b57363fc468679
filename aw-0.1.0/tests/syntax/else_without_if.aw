print("never printed")
else:
    pass
