print(round(2.5), round(3.5), round(-2.5), round(2.567, 2), round(-2.567, 1), round(10), round(1234, -2))
print(round(0.1 + 0.2, 10), round(1e20), round(5.5, None), type(round(5.5, None)))
try:
    round("x")
except TypeError as e:
    print(e)
try:
    round(float("nan"))
except ValueError as e:
    print(e)
