# Count 1,000,000 words drawn from a 1,000-word vocabulary by an LCG:
# string building, dict lookups and dict stores.
def main():
    syllables = ["ka", "lo", "mi", "ne", "su", "ta", "vo", "ri", "pe", "zu"]
    vocab = []
    for a in syllables:
        for b in syllables:
            for c in syllables:
                vocab.append(a + b + c)
    counts = {}
    seed = 12345
    for _ in range(1000000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        w = vocab[(seed >> 16) % 1000]
        counts[w] = counts.get(w, 0) + 1
    best = ""
    best_n = -1
    for w in vocab:
        n = counts.get(w, 0)
        if n > best_n:
            best = w
            best_n = n
    print(len(counts), best, best_n, counts["kakaka"])


main()
