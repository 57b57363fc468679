import random
r = random.Random(99)
r2 = random.Random(99)
print(r.random() == r2.random(), r.randint(1, 10), r2.randint(1, 10), type(r).__name__, random.Random)
print(isinstance(r, random.Random), type(r) is random.Random)
r.seed(3)
random.seed(3)
print(r.random() == random.random(), r.sample(range(50), 4) == random.sample(range(50), 4))
r3 = random.Random('text seed')
print(r3.random(), r3.choice([1, 2, 3]), r3.getrandbits(20))
try:
    random.Random(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    random.Random.random()
except TypeError as e:
    print('TypeError', e)
