import math
print([math.factorial(n) for n in range(25)])
print(math.factorial(100))
print(math.factorial(1000) % 10**40, math.factorial(3000).bit_length(), math.factorial(True))
for bad in [-1, 2.0, 10**20, -10**20, 'x', None]:
    try:
        math.factorial(bad)
    except Exception as e:
        print(type(e).__name__, e)
