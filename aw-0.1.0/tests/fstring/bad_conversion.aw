print("never printed")
s = f"{1!x}"
