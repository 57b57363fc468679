import random
random.seed(123)
print([random.getrandbits(k) for k in [0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 200]])
random.seed(123)
print(random.getrandbits(1000) % 1000003, random.randbytes(5), random.randbytes(9), random.randbytes(0))
for bad in [-1, 1.5, 'x']:
    try:
        random.getrandbits(bad)
    except Exception as e:
        print(type(e).__name__, e)
