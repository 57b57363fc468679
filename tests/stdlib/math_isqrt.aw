import math
vals = [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2**64 - 1, 2**64, 2**64 + 1, 10**50 - 1, 10**50, (10**25 + 3)**2, (10**25 + 3)**2 - 1, True]
print([math.isqrt(n) for n in vals])
for n in range(200):
    r = math.isqrt(n)
    if not (r * r <= n < (r + 1) * (r + 1)):
        print('bad', n)
for bad in [-1, 2.0, 'x']:
    try:
        math.isqrt(bad)
    except Exception as e:
        print(type(e).__name__, e)
