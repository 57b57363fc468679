print("before")
a, b = 5
