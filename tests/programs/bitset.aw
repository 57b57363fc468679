# A set of small non-negative ints stored in one Python int: the bitwise
# dunders (&, |, ^, -, ~ within a universe), in-place forms, __contains__,
# __iter__, __len__, __le__ as subset, __eq__/__hash__, and sieve use.


class BitSet:
    def __init__(self, items=(), universe=64):
        self.universe = universe
        self.bits = 0
        for i in items:
            self.add(i)

    @classmethod
    def _from_bits(cls, bits, universe):
        s = cls(universe=universe)
        s.bits = bits
        return s

    def add(self, i):
        if not 0 <= i < self.universe:
            raise ValueError(f"{i} outside universe 0..{self.universe - 1}")
        self.bits |= 1 << i

    def discard(self, i):
        self.bits &= ~(1 << i)

    def __contains__(self, i):
        return 0 <= i < self.universe and bool(self.bits >> i & 1)

    def __iter__(self):
        return iter([i for i in range(self.universe) if self.bits >> i & 1])

    def __len__(self):
        return bin(self.bits).count("1")

    def __bool__(self):
        return self.bits != 0

    def __or__(self, other):
        return BitSet._from_bits(self.bits | other.bits, max(self.universe, other.universe))

    def __and__(self, other):
        return BitSet._from_bits(self.bits & other.bits, max(self.universe, other.universe))

    def __xor__(self, other):
        return BitSet._from_bits(self.bits ^ other.bits, max(self.universe, other.universe))

    def __sub__(self, other):
        return BitSet._from_bits(self.bits & ~other.bits, self.universe)

    def __invert__(self):
        return BitSet._from_bits(~self.bits & ((1 << self.universe) - 1), self.universe)

    def __ior__(self, other):
        self.bits |= other.bits
        return self

    def __iand__(self, other):
        self.bits &= other.bits
        return self

    def __le__(self, other):
        return self.bits & ~other.bits == 0

    def __lt__(self, other):
        return self <= other and self.bits != other.bits

    def __ge__(self, other):
        return other <= self

    def __eq__(self, other):
        return isinstance(other, BitSet) and self.bits == other.bits

    def __hash__(self):
        return hash(self.bits)

    def __repr__(self):
        return f"BitSet({list(self)})"


evens = BitSet(range(0, 20, 2), universe=20)
threes = BitSet(range(0, 20, 3), universe=20)
print(evens, threes)
print(evens | threes, evens & threes, evens ^ threes, evens - threes, sep="\n")
print(~evens, len(evens), len(~evens), 4 in evens, 5 in evens, 99 in evens, -1 in evens)
print(BitSet([6, 12], 20) <= evens, BitSet([6, 12], 20) < evens, evens <= evens, evens < evens,
      evens >= BitSet([2], 20), threes <= evens)
acc = BitSet(universe=20)
alias = acc
acc |= evens
acc &= threes
print(acc, alias is acc, bool(acc), bool(BitSet()), list(reversed(list(acc))))
print(evens == BitSet(range(0, 20, 2), 20), evens != threes, len({evens, BitSet(evens, 20), threes}))
try:
    evens.add(20)
except ValueError as e:
    print("ValueError:", e)

# Sieve of Eratosthenes on a BitSet.
N = 100
composite = BitSet(universe=N)
for i in range(2, 11):
    if i not in composite:
        for j in range(i * i, N, i):
            composite.add(j)
primes = ~composite - BitSet([0, 1], N)
print(len(primes), list(primes)[:10], list(primes)[-3:], 97 in primes, 91 in primes)
twins = [(p, p + 2) for p in primes if p + 2 in primes]
print(twins)
print(sum(BitSet([1, 2, 3])), max(primes), sorted(BitSet([5, 1, 3]), reverse=True), BitSet().bits)
