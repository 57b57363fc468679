print("before")
a, b = [1, 2, 3]
