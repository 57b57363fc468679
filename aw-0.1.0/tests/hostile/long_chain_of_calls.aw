def inc(x):
    return x + 1
v = 0
for _ in range(3000):
    v = inc(v)
print(v)
