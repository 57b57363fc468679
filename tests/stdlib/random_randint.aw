import random
random.seed(99)
print([random.randint(1, 6) for _ in range(20)])
print([random.randint(-2**70, 2**70) for _ in range(3)])
print([random.randint(0, 2**63) for _ in range(3)], [random.randint(-2**63, 2**63 - 1) for _ in range(3)])
print(random.randint(5, 5), random.randint(a=1, b=3), random.randint(-3, -1))
