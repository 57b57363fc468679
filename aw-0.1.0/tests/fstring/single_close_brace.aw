print("never printed")
s = f"a}b"
