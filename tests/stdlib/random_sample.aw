import random
random.seed(31337)
print(random.sample(range(1000), 10))
print(random.sample(range(30), 30))
print(random.sample('abcdefghij', 4), random.sample((1, 2, 3), 0), random.sample([5, 6, 7], k=3))
print(random.sample(range(10**6), 3), random.sample(range(100), 40)[:5], random.sample(range(25), 6))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5), random.sample('ab', 3, counts=[2, 2]))
print(random.sample(population=range(5), k=2))
