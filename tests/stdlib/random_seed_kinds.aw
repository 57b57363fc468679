import random
for seed in [0, 1, 2**32, 2**32 + 5, -7, 12345678901234567890123, 'hello', b'bytes', '', 'é✓', 3.5, -2.25, True, False]:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(16), random.randrange(1000))
random.seed('abc', version=1)
print(random.random())
random.seed(b'abc', version=1)
print(random.random())
random.seed('', version=1)
print(random.random())
random.seed(5, version=3)
print(random.random())
