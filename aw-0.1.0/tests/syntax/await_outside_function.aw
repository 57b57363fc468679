print("never printed")
x = 1
await x
