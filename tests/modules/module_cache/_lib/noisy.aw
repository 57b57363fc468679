import tally

tally.count += 1
_count = tally.count
print("noisy runs, time", _count)
counter = [_count]


def runs():
    return _count
