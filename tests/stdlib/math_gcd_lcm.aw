import math
print(math.gcd(), math.gcd(12), math.gcd(-4), math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(0, 0), math.gcd(0, -5))
print(math.gcd(2**100, 6**50), math.gcd(-2**63, 0), math.gcd(-2**63, -2**63), math.gcd(True, 4))
print(math.lcm(), math.lcm(7), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2**70, 3**40, 10))
for args in [(1.5,), (1, 'a'), (0, 1.0)]:
    for f in [math.gcd, math.lcm]:
        try:
            f(*args)
        except TypeError as e:
            print('TypeError', e)
