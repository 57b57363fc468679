# Combinatorics puzzles with itertools: coins, dice, anagrams, magic
# squares, runs, running totals, round-robin scheduling.
import itertools

# Which 3 coins of these sum to 50?
coins = [1, 2, 5, 10, 20, 25, 50]
print([c for c in itertools.combinations(coins, 3) if sum(c) == 50])

# Two dice: distribution of sums.
dist = {}
for a, b in itertools.product(range(1, 7), repeat=2):
    dist[a + b] = dist.get(a + b, 0) + 1
print(dist)

# Distinct anagrams of a word with repeated letters.
perms = sorted(set(["".join(p) for p in itertools.permutations("noon")]))
print(len(perms), perms)

# 3x3 magic squares with 5 in the centre: corners even, edges odd.
count = 0
first = None
for corners in itertools.permutations([2, 4, 6, 8]):
    for edges in itertools.permutations([1, 3, 7, 9]):
        a, c, g, i = corners
        b, d, f, h = edges
        rows = [(a, b, c), (d, 5, f), (g, h, i)]
        if any([sum(r) != 15 for r in rows]):
            continue
        if any([sum(col) != 15 for col in zip(*rows)]):
            continue
        if a + 5 + i != 15 or c + 5 + g != 15:
            continue
        count += 1
        if first is None:
            first = rows
print(count, first)

# Run-length encoding with groupby.
s = "aaabccddddde"
print([(k, len(list(g))) for k, g in itertools.groupby(s)])
print("".join([f"{len(list(g))}{k}" for k, g in itertools.groupby(s)]))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 25), ("eve", 40)]
for age, grp in itertools.groupby(sorted(people, key=lambda p: p[1]), key=lambda p: p[1]):
    print(age, [name for name, _ in grp])

# Running totals and maxima.
print(list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2, 6])))
print(list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b, initial=10)))

# Round robin with cycle/islice, chain, zip_longest, count, repeat.
teams = ["A", "B", "C", "D"]
print(list(itertools.islice(itertools.cycle(teams), 10)))
print(list(itertools.chain("ab", [1, 2], (None,))))
print(list(itertools.chain.from_iterable([[1], [2, 3], []])))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")))
print(list(zip(itertools.count(10, 5), "xyz")))
print(list(itertools.repeat("hi", 3)), list(map(pow, range(4), itertools.repeat(2))))
print(list(itertools.islice(itertools.count(), 2, 12, 3)))
print(len(list(itertools.combinations(range(10), 4))),
      len(list(itertools.permutations(range(6), 3))),
      list(itertools.product("ab", [0, 1])))
# Subsets that sum to a target.
nums = [3, 34, 4, 12, 5, 2]
hits = [c for r in range(1, len(nums) + 1)
        for c in itertools.combinations(nums, r) if sum(c) == 9]
print(hits)
# Round-robin fixtures: every pair once.
for rnd, pair in enumerate(itertools.combinations(teams, 2), 1):
    print(rnd, "vs".join(pair), end="; ")
print()
