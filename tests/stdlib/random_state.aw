import random
random.seed(8)
s = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(s)
print(a == [random.random() for _ in range(3)], len(s), s[0], len(s[1]), s[2])
random.gauss()
s = random.getstate()
print(type(s[2]).__name__)
g = random.gauss()
random.setstate(s)
print(g == random.gauss())
for bad in [5, (2, 1, 2), (3, (1, 2), None), (4, (), None)]:
    try:
        random.setstate(bad)
    except Exception as e:
        print(type(e).__name__, e)
