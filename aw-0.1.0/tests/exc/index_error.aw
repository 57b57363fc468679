print("before")
[1, 2, 3][3]
