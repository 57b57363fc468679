import random
random.seed(2024)
big = [random.random() for _ in range(2000)]
print(sum(big), big[-1], min(big), max(big))
ints = [random.randint(0, 9) for _ in range(1000)]
print([ints.count(d) for d in range(10)])
