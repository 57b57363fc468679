# A binary-heap priority queue written by hand (no heapq, no bisect) with
# task objects ordered by __lt__, FIFO among equal priorities, and a
# scheduler that uses it.
import itertools


class Task:
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority

    def __repr__(self):
        return f"Task({self.name!r}, {self.priority})"


class Entry:
    __slots__ = ("priority", "seq", "item")

    def __init__(self, priority, seq, item):
        self.priority, self.seq, self.item = priority, seq, item

    def __lt__(self, other):
        return (self.priority, self.seq) < (other.priority, other.seq)


class PriorityQueue:
    def __init__(self):
        self._heap = []
        self._seq = itertools.count()

    def push(self, item, priority):
        heap = self._heap
        heap.append(Entry(priority, next(self._seq), item))
        i = len(heap) - 1
        while i > 0:
            parent = (i - 1) // 2
            if heap[i] < heap[parent]:
                heap[i], heap[parent] = heap[parent], heap[i]
                i = parent
            else:
                break

    def pop(self):
        heap = self._heap
        if not heap:
            raise IndexError("pop from an empty priority queue")
        top = heap[0]
        last = heap.pop()
        if heap:
            heap[0] = last
            i, n = 0, len(heap)
            while True:
                smallest = i
                for child in (2 * i + 1, 2 * i + 2):
                    if child < n and heap[child] < heap[smallest]:
                        smallest = child
                if smallest == i:
                    break
                heap[i], heap[smallest] = heap[smallest], heap[i]
                i = smallest
        return top.item

    def peek(self):
        return self._heap[0].item

    def __len__(self):
        return len(self._heap)

    def __bool__(self):
        return bool(self._heap)


pq = PriorityQueue()
for name, pri in [("write", 3), ("test", 2), ("plan", 1), ("deploy", 5),
                  ("review", 2), ("coffee", 1), ("lint", 2)]:
    pq.push(Task(name, pri), pri)
print(len(pq), pq.peek())
order = []
while pq:
    order.append(pq.pop().name)
print(order)
try:
    pq.pop()
except IndexError as e:
    print("IndexError:", e)

# Sorting many numbers through the queue matches sorted().
nums = [(i * 7919) % 101 for i in range(200)]
q = PriorityQueue()
for n in nums:
    q.push(n, n)
out = [q.pop() for _ in range(len(q))]
print(out == sorted(nums), out[:10], out[-3:])


class Scheduler:
    """Runs jobs at virtual times; a job may schedule follow-ups."""

    def __init__(self):
        self.queue = PriorityQueue()
        self.now = 0
        self.trace = []

    def at(self, time, fn, *args):
        self.queue.push((time, fn, args), time)

    def run(self):
        while self.queue:
            time, fn, args = self.queue.pop()
            self.now = time
            fn(self, *args)


def ping(s, n):
    s.trace.append(f"t={s.now} ping{n}")
    if n < 3:
        s.at(s.now + 4, ping, n + 1)


def alarm(s, msg):
    s.trace.append(f"t={s.now} {msg}")


s = Scheduler()
s.at(0, ping, 1)
s.at(5, alarm, "five")
s.at(4, alarm, "four (after ping2)")
s.at(8, alarm, "eight")
s.run()
print(s.trace)
