# islice with stop, start/stop/step and None
from itertools import islice, count
print(list(islice("abcdefg", 3)))
print(list(islice("abcdefg", 2, 5)))
print(list(islice("abcdefg", 1, None, 2)))
print(list(islice("abcdefg", None)))
print(list(islice("abcdefg", 0)))
print(list(islice(range(10), 8, 3)))
print(list(islice(count(), 100, 103)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
def attempt(*args):
    try:
        islice(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
attempt([1])
attempt([1], -1)
attempt([1], "a")
attempt([1], 1, -5)
attempt([1], 1, 2, 0)
attempt([1], 1, 2, 3, 4)
attempt(5, 1)
