# Word frequencies of a text with collections.Counter, a defaultdict
# concordance, string.punctuation stripping and sorted, aligned output.
import collections
import string

TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.
"""

table = str.maketrans("", "", string.punctuation)
words = TEXT.translate(table).lower().split()
counts = collections.Counter(words)
print(len(words), len(counts))
print(counts.most_common(5))
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{word:<12}{n:>3} {'#' * n}")

positions = collections.defaultdict(list)
for i, w in enumerate(words):
    positions[w].append(i)
print(positions["age"], positions["season"], positions["nothing"])
print("nothing" in positions, len(positions) == len(counts) + 1)

lengths = collections.Counter([len(w) for w in words])
print(sorted(lengths.items()))
first = collections.Counter([w[0] for w in words])
print(first.most_common(3))

a = collections.Counter("abracadabra")
b = collections.Counter("alakazam")
print(a)
print(a + b)
print(a - b)
print(a & b, a | b)
print(a["z"], a.total(), sorted(a.elements()))
a.update("aaa")
a.subtract({"b": 2})
print(a, list(a.keys()))
print(collections.Counter({"x": 3, "y": -1}).most_common())
inv = collections.defaultdict(set)
for w in ["tea", "eat", "ate", "tan", "nat", "bat"]:
    inv["".join(sorted(w))].add(len(w))
print(dict(inv))
groups = collections.defaultdict(list)
for w in ["tea", "eat", "ate", "tan", "nat", "bat"]:
    groups["".join(sorted(w))].append(w)
print(sorted(groups.values(), key=len, reverse=True))
d = collections.defaultdict(int)
for ch in "mississippi":
    d[ch] += 1
print(d, d.default_factory)
