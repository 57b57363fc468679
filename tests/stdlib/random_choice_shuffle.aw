import random
random.seed(2024)
print([random.choice('abcdef') for _ in range(10)], random.choice([10, 20, 30]), random.choice(range(100, 200)))
L = list(range(20))
random.shuffle(L)
print(L)
L = list('abcdefgh')
random.shuffle(L)
print(L, random.shuffle([]), random.shuffle([1]))
for call in [lambda: random.choice([]), lambda: random.choice(''), lambda: random.choice({}),
             lambda: random.choice(5), lambda: random.shuffle((1, 2)), lambda: random.shuffle('ab')]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
