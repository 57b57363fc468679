# A fixed-capacity ring buffer: append overwrites the oldest item,
# __getitem__ with negative indexes and slices, __setitem__, __len__,
# __iter__, __reversed__, __eq__ with sequences, __repr__, statistics
# over a sliding window of readings.


class RingBuffer:
    def __init__(self, capacity, items=()):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self._data = [None] * capacity
        self._start = 0
        self._size = 0
        for x in items:
            self.append(x)

    @property
    def capacity(self):
        return len(self._data)

    def append(self, x):
        end = (self._start + self._size) % self.capacity
        self._data[end] = x
        if self._size == self.capacity:
            self._start = (self._start + 1) % self.capacity
        else:
            self._size += 1

    def popleft(self):
        if not self._size:
            raise IndexError("pop from empty RingBuffer")
        x = self._data[self._start]
        self._data[self._start] = None
        self._start = (self._start + 1) % self.capacity
        self._size -= 1
        return x

    def _index(self, i):
        if i < 0:
            i += self._size
        if not 0 <= i < self._size:
            raise IndexError("RingBuffer index out of range")
        return (self._start + i) % self.capacity

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._size))]
        return self._data[self._index(i)]

    def __setitem__(self, i, value):
        self._data[self._index(i)] = value

    def __len__(self):
        return self._size

    def __iter__(self):
        return iter([self[i] for i in range(self._size)])

    def __reversed__(self):
        return iter([self[i] for i in range(self._size - 1, -1, -1)])

    def __eq__(self, other):
        try:
            return len(self) == len(other) and all([a == b for a, b in zip(self, other)])
        except TypeError:
            return NotImplemented

    def __repr__(self):
        return f"RingBuffer({self.capacity}, {list(self)})"


rb = RingBuffer(4)
for x in range(1, 7):
    rb.append(x)
print(rb, len(rb), rb[0], rb[-1], rb[1:3], rb[::-1], rb[::2], rb._start)
rb[0] = 30
rb[-1] *= 10
print(rb, list(reversed(rb)), 4 in rb, 5 in rb, sum(rb), sorted(rb))
print(rb.popleft(), rb.popleft(), rb, rb == [5, 60], rb == (5, 60), rb == [5], rb == 5)
for bad in [lambda: rb[2], lambda: rb[-3], lambda: RingBuffer(0)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
empty = RingBuffer(2)
try:
    empty.popleft()
except IndexError as e:
    print("IndexError:", e)

readings = [12, 15, 11, 40, 13, 14, 12, 90, 16, 15]
window = RingBuffer(3)
for r in readings:
    window.append(r)
    avg = sum(window) / len(window)
    flag = " spike" if len(window) == 3 and r > 2 * avg - r else ""
    print(f"{r:>3} avg={avg:6.2f} window={list(window)}{flag}")
print(RingBuffer(3, "abcde"), "".join(RingBuffer(2, "xyz")), enumerate(RingBuffer(1, [7])).__next__())
