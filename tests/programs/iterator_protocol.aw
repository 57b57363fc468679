# The iterator protocol without generators: range-like classes, infinite
# iterators cut with islice, __reversed__, iter(callable, sentinel),
# re-iterable versus one-shot iterables, StopIteration in for and next().
import itertools


class Countdown:
    """Re-iterable: __iter__ returns a fresh iterator each time."""

    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)

    def __reversed__(self):
        return iter(range(1, self.start + 1))

    def __len__(self):
        return self.start


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Fib:
    """Infinite and one-shot."""

    def __init__(self):
        self.a, self.b = 0, 1

    def __iter__(self):
        return self

    def __next__(self):
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


class Chunked:
    def __init__(self, seq, size):
        self.seq, self.size, self.pos = seq, size, 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.seq):
            raise StopIteration
        chunk = self.seq[self.pos:self.pos + self.size]
        self.pos += self.size
        return chunk


class Squares:
    """Old-style sequence protocol: __getitem__ raising IndexError."""

    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


c = Countdown(5)
print(list(c), list(c), list(reversed(c)), len(c), sum(c), 3 in c, 9 in c)
print([(a, b) for a in Countdown(2) for b in Countdown(2)])
it = iter(c)
print(next(it), next(it), list(it), list(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
f = Fib()
print(list(itertools.islice(f, 10)), next(f), list(itertools.islice(f, 3)))
print(list(zip(Fib(), "abc")), dict(zip("xyz", Fib())))
print(list(Chunked("abcdefgh", 3)), [len(ch) for ch in Chunked(list(range(10)), 4)])
print(list(Squares(5)), 16 in Squares(5), 15 in Squares(5), list(enumerate(Squares(3))))
x, y, z = Squares(3)
print(x, y, z, max(Squares(4)), sorted(Squares(4), reverse=True))
data = [5, 3, 0, 8]
pos = [0]


def reader():
    value = data[pos[0]]
    pos[0] += 1
    return value


print(list(iter(reader, 0)), pos)
m = map(lambda p: p * 10, Countdown(3))
print(next(m), list(m), list(m))
pairs = iter([(1, "one"), (2, "two")])
for n, word in pairs:
    print(n, word, end="; ")
print()
print(list(filter(lambda v: v % 2, Countdown(7))), all(Countdown(3)), any(Countdown(0)))
e = enumerate(Countdown(3), start=1)
print(next(e), list(e))
try:
    iter(5)
except TypeError as err:
    print("TypeError:", err)
try:
    next(Countdown(3))
except TypeError as err:
    print("TypeError:", err)
