# combinations and combinations_with_replacement
from itertools import combinations, combinations_with_replacement as cwr
print(list(combinations("abcd", 2)))
print(list(combinations(range(4), 3)))
print(list(combinations("ab", 0)), list(combinations("ab", 3)))
print(list(cwr("abc", 2)))
print(list(cwr([], 2)), list(cwr([], 0)), list(cwr("ab", 0)))
print(len(list(cwr(range(4), 3))))
for args in [("ab",), ("ab", -1), ("ab", "x")]:
    try:
        combinations(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
