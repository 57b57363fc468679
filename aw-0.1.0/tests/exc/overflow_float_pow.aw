print("before")
x = 2.0 ** 10000
