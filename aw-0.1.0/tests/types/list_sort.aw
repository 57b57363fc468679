a = [5, 2, 8, 1, 9, 3]
a.sort(); print(a)
a.sort(reverse=True); print(a)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
pairs.sort(key=lambda p: p[0]); print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True); print(pairs)
print(sorted([3.5, 1, 2.25, -1, True]), sorted("hello"), sorted([[2, 1], [1, 5], [1, 2]]))
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
r = a.sort()
print(r)
