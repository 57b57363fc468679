import random
random.seed(42)
print([random.randint(1, 100) for _ in range(10)], random.random(), random.choice('abcdef'), random.sample(range(100), 5))
random.seed(42)
print(random.random(), random.random())
