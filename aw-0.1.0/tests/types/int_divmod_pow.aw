print(divmod(10 ** 25, 12345), divmod(-10 ** 25, 12345))
print(pow(2, 10), pow(3, 200, 1000), pow(7, 10 ** 20, 13), pow(-3, 3, 5))
print(pow(2, -1, 7), pow(3, -2, 11), pow(2, -1), pow(-2, 3), pow(0, 0))
print(2 ** -1, (-2) ** -1, 10 ** 0, 0 ** 0)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
