# counting words and letters
from collections import Counter
text = "the quick brown fox jumps over the lazy dog the end"
words = Counter(text.split())
print(words.most_common(3))
print(words["the"], words["cat"])
letters = Counter(c for c in "hello world" if c != " ") if False else Counter("helloworld")
print(letters.most_common(2), sum(letters.values()), letters.total())
c = Counter()
for w in ["a", "b", "a"]:
    c[w] += 1
print(c, list(c.elements()))
del c["a"]
print(c)
