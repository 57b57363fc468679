import random
random.seed(7)
print([random.randrange(10) for _ in range(10)])
print([random.randrange(3, 30, 4) for _ in range(10)])
print([random.randrange(30, 3, -4) for _ in range(10)])
print([random.randrange(-5, 5) for _ in range(10)])
print([random.randrange(10**30) for _ in range(3)])
print([random.randrange(-10**20, 10**20, 7) for _ in range(3)])
print(random.randrange(start=2, stop=9), random.randrange(5, step=1), random.randrange(True))
