def forever(n):
    return 1 + forever(n + 1)
print("start")
forever(0)
