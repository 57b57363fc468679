import math
print(math.log(10**400), math.log(10**400, 10), math.log2(2**2000), math.log10(10**500))
print(math.log(2**1023 * 3), math.log(2**1024 - 1), math.log(2**1024), math.log10(2**5000 + 7))
print(math.log2(3**1000), math.log(7**400, 7), math.log(10**310, 10**300), math.log(10**400, 0.5))
print(math.log(True), math.log(2**64), math.log10(10**20))
for bad in [0, -1, -10**400, False, 0.0, -math.inf]:
    try:
        math.log(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
