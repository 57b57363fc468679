# next() on an exhausted user iterator lets StopIteration escape.


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


it = Countdown(2)
print(next(it), next(it))
print(next(it))
