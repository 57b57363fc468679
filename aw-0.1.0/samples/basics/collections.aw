# Lists, dicts, sets and sorting with a key.
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
print(sorted({len(w) for w in words}))
print([w.upper() for w in words if len(w) > 4])
