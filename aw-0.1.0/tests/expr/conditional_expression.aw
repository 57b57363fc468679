x = 5
print("big" if x > 3 else "small", "pos" if x else "zero")
print(1 if False else 2 if False else 3)
print((lambda: "a")() if x else None)
y = [i if i % 2 else -i for i in range(5)]
print(y)
