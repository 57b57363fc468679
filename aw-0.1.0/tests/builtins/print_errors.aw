try:
    print("a", sep=5)
except TypeError as e:
    print(e)
try:
    print("a", end=[])
except TypeError as e:
    print(e)
try:
    print("a", bogus=1)
except TypeError as e:
    print(e)
