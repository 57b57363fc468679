import math
print([math.comb(10, k) for k in range(12)])
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(5, None))
print(math.comb(100, 50), math.perm(30, 20), math.comb(1000, 3), math.comb(0, 0))
print(math.comb(10**30, 3))
print(math.perm(2**70, 2), math.comb(True, True))
for args in [(5,), (-1, 2), (5, -1), (10**30, 10**29), (1.0, 2), (5, '1')]:
    try:
        print(math.comb(*args))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(), (-1,), (5, -1), (10**20, 10**20), (1, 2, 3)]:
    try:
        print(math.perm(*args))
    except Exception as e:
        print(type(e).__name__, e)
