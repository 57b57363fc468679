print("before")
x = 3
assert x > 5, f"x too small: {x}"
