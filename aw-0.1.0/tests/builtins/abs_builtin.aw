print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(True), abs(False), abs(-2 ** 100), abs(float("-inf")))
try:
    abs("x")
except TypeError as e:
    print(e)
