def down(n):
    return down(n + 1) + 1
print("before")
down(0)
