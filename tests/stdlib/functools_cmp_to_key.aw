# cmp_to_key turns an old-style comparison into a key
import functools

def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=functools.cmp_to_key(by_len_then_alpha)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(max([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(K(1) < K(2), K(2) <= K(1), K(3) == K(3), K(1) != K(2), K(1).obj)
try:
    K(1) < 3
except TypeError as e:
    print(e)
try:
    hash(K(1))
except TypeError:
    print("unhashable")
