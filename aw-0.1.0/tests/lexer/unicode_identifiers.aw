café = 3
π = 3.14
名前 = "name"
print(café, π, 名前)
def größe(x):
    return x * 2
print(größe(21))
