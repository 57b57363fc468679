print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(2 ** 70, 3))
print(pow(2, 10), pow(2.0, 3), pow(4, 0.5), pow(2, -2), pow(-8, 2), pow(10, 20), pow(5, 3, 7), pow(True, 2))
print(pow(-8, 3), 2 ** 0, 0.0 ** 0)
try:
    pow(2, 3.5, 5)
except TypeError as e:
    print(e)
