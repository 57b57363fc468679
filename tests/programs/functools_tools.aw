# functools in everyday code: partial for configuration, reduce for folds,
# lru_cache for dynamic programming, total_ordering for a version class,
# wraps for a timing-free tracing decorator.
import functools


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple([int(p) for p in text.split(".")])

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def _key(self):
        parts = list(self.parts)
        while parts and parts[-1] == 0:
            parts.pop()
        return tuple(parts)

    def __repr__(self):
        return "Version('" + ".".join(map(str, self.parts)) + "')"


vs = [Version(s) for s in ["1.10", "1.2", "1.2.0", "0.9.9", "2", "1.2.1"]]
print(sorted(vs))
print(Version("1.2") == Version("1.2.0"), Version("1.10") > Version("1.9"),
      Version("2") >= Version("2.0.0"), Version("0.1") <= Version("0.0.9"))
print(max(vs), len(set(vs)), Version("3") != Version("3.0"))
try:
    Version("1") < "1"
except TypeError as e:
    print("TypeError:", e)

print(functools.reduce(lambda a, b: a * b, range(1, 11)), functools.reduce(lambda a, b: a + b, [], "empty"))
print(functools.reduce(lambda acc, w: acc + [len(w)], ["ab", "c", "def"], []))
print(functools.reduce(max, [3, 9, 2]), functools.reduce(str.__add__, ["a", "b", "c"]))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)

int2 = functools.partial(int, base=2)
print(int2("1011"), int2("11", base=10), int2.keywords, int2.func is int)
greet = functools.partial(print, "hello", sep=", ")
greet("world")
greet("you", "me", sep=" & ")
pow2 = functools.partial(pow, 2)
print([pow2(n) for n in range(6)], functools.partial(pow2, 10)())


@functools.lru_cache(maxsize=None)
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]),
                   edit_distance(a[1:], b[1:]))


print(edit_distance("kitten", "sitting"), edit_distance("flaw", "lawn"), edit_distance("", "abc"))
print(edit_distance.cache_info().currsize > 0, edit_distance.__wrapped__("a", "b"))


@functools.lru_cache(maxsize=1024)
def coin_ways(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return coin_ways(amount - coins[0], coins) + coin_ways(amount, coins[1:])


print(coin_ways(100, (1, 5, 10, 25, 50)), coin_ways.cache_info().maxsize)
depth = [0]
trace = []


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        trace.append("  " * depth[0] + f"{fn.__name__}{args}")
        depth[0] += 1
        try:
            return fn(*args)
        finally:
            depth[0] -= 1
    return wrapper


@traced
def fact(n):
    """Factorial."""
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(4), fact.__name__, fact.__doc__, fact.__wrapped__.__name__)
print("\n".join(trace))
print(fact.__module__, fact.__qualname__)
