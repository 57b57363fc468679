# An LRU cache two ways: on collections.OrderedDict and on a hand-made
# doubly linked list with sentinels; both checked against functools.lru_cache.
import collections
import functools


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = collections.OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            return old
        return None

    def __repr__(self):
        return f"LRUCache({list(self.data.items())})"


class _Link:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = self


class LinkedLRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.root = _Link()

    def _unlink(self, link):
        link.prev.next = link.next
        link.next.prev = link.prev

    def _push_front(self, link):
        link.next = self.root.next
        link.prev = self.root
        self.root.next.prev = link
        self.root.next = link

    def get(self, key, default=None):
        link = self.map.get(key)
        if link is None:
            return default
        self._unlink(link)
        self._push_front(link)
        return link.value

    def put(self, key, value):
        link = self.map.get(key)
        if link is not None:
            link.value = value
            self._unlink(link)
            self._push_front(link)
            return None
        link = _Link(key, value)
        self.map[key] = link
        self._push_front(link)
        if len(self.map) > self.capacity:
            last = self.root.prev
            self._unlink(last)
            del self.map[last.key]
            return last.key
        return None

    def keys(self):
        out, link = [], self.root.next
        while link is not self.root:
            out.append(link.key)
            link = link.next
        return out


a, b = LRUCache(3), LinkedLRU(3)
ops = [("put", "x", 1), ("put", "y", 2), ("get", "x"), ("put", "z", 3),
       ("put", "w", 4), ("get", "y"), ("get", "z"), ("put", "x", 10),
       ("put", "v", 5), ("get", "w"), ("get", "x")]
for op in ops:
    ra = getattr(a, op[0])(*op[1:])
    rb = getattr(b, op[0])(*op[1:])
    print(op, ra, rb, ra == rb)
print(a, a.hits, a.misses)
print(b.keys(), list(reversed(a.data)))

calls = []


@functools.lru_cache(maxsize=3)
def square(n):
    calls.append(n)
    return n * n


for n in [1, 2, 1, 3, 4, 1, 2, 5, 4]:
    square(n)
print(calls)
info = square.cache_info()
print(info, info.hits, info.misses, info.currsize)
square.cache_clear()
print(square.cache_info())


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info().misses, fib.__name__)
